import { Body, Controller, Headers, Param, Post, Req, UseGuards } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { JwtAuthGuard } from '../auth/jwt.guard';
import { VippsService } from '../vipps/vipps.service';

@Controller('payments')
export class PaymentsController {
  constructor(private readonly http: HttpService, private readonly vipps: VippsService) {}

  @Post(':reference/cancel')
  async cancel(@Param('reference') reference: string, @Headers('x-merchant-msn') msn: string) {
    const token = await this.vipps.partnerToken();
    const res = await firstValueFrom(this.http.post(`https://api.vipps.no/epayment/v1/payments/${reference}/cancel`, {}, {
      headers: {
        Authorization: `Bearer ${token}`,
        'Ocp-Apim-Subscription-Key': this.vipps.partnerSubscriptionKey,
        'Merchant-Serial-Number': msn,
      },
    }));
    return res.data;
  }

  @UseGuards(JwtAuthGuard)
  @Post(':reference/capture')
  async capture(@Param('reference') reference: string, @Body() body: { amount: number }, @Req() req: { user: { msn: string } }) {
    const token = await this.vipps.partnerToken();
    const res = await firstValueFrom(this.http.post(`https://api.vipps.no/epayment/v1/payments/${reference}/capture`, {
      modificationAmount: { currency: 'NOK', value: body.amount },
    }, {
      headers: {
        Authorization: `Bearer ${token}`,
        'Ocp-Apim-Subscription-Key': this.vipps.partnerSubscriptionKey,
        'Merchant-Serial-Number': req.user.msn,
        'Idempotency-Key': `${reference}-capture`,
      },
    }));
    return res.data;
  }
}

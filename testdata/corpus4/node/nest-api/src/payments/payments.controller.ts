import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  UseGuards,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { firstValueFrom } from 'rxjs';
import { randomUUID } from 'crypto';
import type { Request } from 'express';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { Shop } from '../shops/shop.entity';
import { VippsTokenService } from '../vipps/vipps-token.service';
import { CreatePaymentDto } from './dto/create-payment.dto';

type AuthedRequest = Request & { user: { id: string; merchantSerialNumber: string } };

@Controller('payments')
export class PaymentsController {
  private readonly baseUrl: string;

  constructor(
    private readonly http: HttpService,
    private readonly config: ConfigService,
    private readonly tokens: VippsTokenService,
    @InjectRepository(Shop) private readonly shops: Repository<Shop>,
  ) {
    this.baseUrl = this.config.getOrThrow<string>('VIPPS_API_BASE');
  }

  private get subscriptionKey(): string {
    return this.config.getOrThrow<string>('VIPPS_SUBSCRIPTION_KEY');
  }

  @Post()
  async create(@Body() dto: CreatePaymentDto) {
    const token = await this.tokens.get();
    const reference = `nest-${randomUUID()}`;
    const { data } = await firstValueFrom(
      this.http.post(
        `${this.baseUrl}/epayment/v1/payments`,
        {
          amount: { currency: 'NOK', value: dto.amount },
          paymentMethod: { type: 'WALLET' },
          reference,
          returnUrl: dto.returnUrl,
          userFlow: 'WEB_REDIRECT',
        },
        {
          headers: {
            Authorization: `Bearer ${token}`,
            'Ocp-Apim-Subscription-Key': this.subscriptionKey,
            'Merchant-Serial-Number': dto.merchantSerialNumber,
            'Idempotency-Key': reference,
          },
        },
      ),
    );
    return { reference, redirectUrl: data.redirectUrl };
  }

  @Get(':reference')
  async status(@Param('reference') reference: string, @Query('msn') msn: string) {
    const token = await this.tokens.get();
    const { data } = await firstValueFrom(
      this.http.get(`${this.baseUrl}/epayment/v1/payments/${reference}`, {
        headers: {
          Authorization: `Bearer ${token}`,
          'Ocp-Apim-Subscription-Key': this.subscriptionKey,
          'Merchant-Serial-Number': msn,
        },
      }),
    );
    return { state: data.state };
  }

  @Post(':reference/capture')
  @HttpCode(204)
  async capture(
    @Param('reference') reference: string,
    @Headers('x-merchant-serial-number') merchantSerialNumber: string,
    @Body('amount') amount: number,
  ) {
    const token = await this.tokens.get();
    await firstValueFrom(
      this.http.post(
        `${this.baseUrl}/epayment/v1/payments/${reference}/capture`,
        { modificationAmount: { currency: 'NOK', value: amount } },
        {
          headers: {
            Authorization: `Bearer ${token}`,
            'Ocp-Apim-Subscription-Key': this.subscriptionKey,
            'Merchant-Serial-Number': merchantSerialNumber,
            'Idempotency-Key': randomUUID(),
          },
        },
      ),
    );
  }

  // --- authenticated merchant endpoints: MSN never taken from the request ---

  @UseGuards(JwtAuthGuard)
  @Post(':reference/refund')
  @HttpCode(204)
  async refund(@Param('reference') reference: string, @Body('amount') amount: number, @Req() req: AuthedRequest) {
    const token = await this.tokens.get();
    await firstValueFrom(
      this.http.post(
        `${this.baseUrl}/epayment/v1/payments/${reference}/refund`,
        { modificationAmount: { currency: 'NOK', value: amount } },
        {
          headers: {
            Authorization: `Bearer ${token}`,
            'Ocp-Apim-Subscription-Key': this.subscriptionKey,
            'Merchant-Serial-Number': req.user.merchantSerialNumber,
            'Idempotency-Key': randomUUID(),
          },
        },
      ),
    );
  }

  @UseGuards(JwtAuthGuard)
  @Post('shops/:shopId/:reference/cancel')
  @HttpCode(204)
  async cancel(@Param('shopId') shopId: string, @Param('reference') reference: string, @Req() req: AuthedRequest) {
    const shop = await this.shops.findOneByOrFail({ id: shopId, ownerId: req.user.id });
    const token = await this.tokens.get();
    await firstValueFrom(
      this.http.post(
        `${this.baseUrl}/epayment/v1/payments/${reference}/cancel`,
        {},
        {
          headers: {
            Authorization: `Bearer ${token}`,
            'Ocp-Apim-Subscription-Key': this.subscriptionKey,
            'Merchant-Serial-Number': shop.vippsMsn,
            'Idempotency-Key': randomUUID(),
          },
        },
      ),
    );
  }

  @Get(':reference/events')
  async events(@Param('reference') reference: string) {
    const token = await this.tokens.get();
    const { data } = await firstValueFrom(
      this.http.get(`${this.baseUrl}/epayment/v1/payments/${reference}/events`, {
        headers: {
          Authorization: `Bearer ${token}`,
          'Ocp-Apim-Subscription-Key': this.subscriptionKey,
          'Merchant-Serial-Number': this.config.getOrThrow<string>('VIPPS_MSN'),
        },
      }),
    );
    return data;
  }
}

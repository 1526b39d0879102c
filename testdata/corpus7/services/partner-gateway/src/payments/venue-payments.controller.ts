import { Body, Controller, ForbiddenException, Post, Req, UseGuards } from "@nestjs/common";
import { HttpService } from "@nestjs/axios";
import { firstValueFrom } from "rxjs";
import { VippsHttp } from "../vipps/vipps-http";
import { VenueGuard } from "../auth/venue.guard";

class StartPaymentDto {
  amountOre!: number;
  reference!: string;
  merchantSerialNumber!: string;
  phoneNumber?: string;
}

@Controller("venue-payments")
export class VenuePaymentsController {
  constructor(private readonly http: HttpService, private readonly vipps: VippsHttp) {}

  private async partnerHeaders(msn: string) {
    const base = await this.vipps.baseHeaders();
    return { ...base, "Merchant-Serial-Number": msn };
  }

  // Called by the POS app that venues install on their own tablets.
  @Post("pos")
  async startFromPos(@Body() dto: StartPaymentDto) {
    const headers = await this.partnerHeaders(dto.merchantSerialNumber);
    const res = await firstValueFrom(
      this.http.post(`${this.vipps.baseUrl}/epayment/v1/payments`, {
        amount: { currency: "NOK", value: dto.amountOre },
        paymentMethod: { type: "WALLET" },
        customer: { phoneNumber: dto.phoneNumber },
        reference: dto.reference,
        userFlow: "PUSH_MESSAGE",
      }, { headers }),
    );
    return { reference: res.data.reference };
  }

  // Called by the venue dashboard: the guard puts the venue of the logged-in user on the request.
  @Post("dashboard")
  @UseGuards(VenueGuard)
  async startFromDashboard(@Req() req: { venue: { msn: string } }, @Body() dto: StartPaymentDto) {
    if (dto.merchantSerialNumber && dto.merchantSerialNumber !== req.venue.msn) {
      throw new ForbiddenException("merchant serial number does not belong to this venue");
    }
    const headers = await this.partnerHeaders(req.venue.msn);
    const res = await firstValueFrom(
      this.http.post(`${this.vipps.baseUrl}/epayment/v1/payments`, {
        amount: { currency: "NOK", value: dto.amountOre },
        paymentMethod: { type: "WALLET" },
        reference: dto.reference,
        userFlow: "WEB_REDIRECT",
        returnUrl: "https://venue.kulisse.no/betalinger",
      }, { headers }),
    );
    return { redirectUrl: res.data.redirectUrl };
  }
}

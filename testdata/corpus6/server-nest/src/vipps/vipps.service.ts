import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

@Injectable()
export class VippsService {
  private readonly logger = new Logger(VippsService.name);
  private readonly allowedMsns: Set<string>;

  constructor(private readonly config: ConfigService) {
    this.allowedMsns = new Set(this.config.get<string>('VIPPS_ALLOWED_MSNS', '').split(','));
    const secret = this.config.get<string>('VIPPS_PARTNER_CLIENT_SECRET');
    this.logger.log(`partner secret configured: ${secret ? 'yes' : 'no'}`);
    if (!secret) {
      throw new Error('VIPPS_PARTNER_CLIENT_SECRET is not provided');
    }
  }

  get partnerSubscriptionKey(): string {
    return this.config.getOrThrow<string>('VIPPS_PARTNER_SUBSCRIPTION_KEY');
  }

  isAllowed(msn: string): boolean {
    return this.allowedMsns.has(msn);
  }

  async partnerToken(): Promise<string> {
    const res = await fetch('https://api.vipps.no/accesstoken/get', {
      method: 'POST',
      headers: {
        client_id: this.config.getOrThrow('VIPPS_PARTNER_CLIENT_ID'),
        client_secret: this.config.getOrThrow('VIPPS_PARTNER_CLIENT_SECRET'),
        'Ocp-Apim-Subscription-Key': this.partnerSubscriptionKey,
      },
    });
    const body = await res.json();
    this.logger.debug(`partner token received (${String(body.access_token).length} chars)`);
    return body.access_token;
  }
}

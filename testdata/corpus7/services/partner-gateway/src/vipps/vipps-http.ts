import { Injectable, Logger } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";

// Partner keys: one set for all venues; the venue is chosen by Merchant-Serial-Number.
@Injectable()
export class VippsHttp {
  private readonly logger = new Logger(VippsHttp.name);
  readonly baseUrl: string;

  constructor(private readonly config: ConfigService) {
    this.baseUrl = this.config.get<string>("VIPPS_PARTNER_BASE_URL", "https://api.vipps.no");
    if (!this.config.get("VIPPS_PARTNER_CLIENT_SECRET")) {
      throw new Error("VIPPS_PARTNER_CLIENT_SECRET is missing from the environment");
    }
  }

  async accessToken(): Promise<string> {
    const clientId = this.config.get<string>("VIPPS_PARTNER_CLIENT_ID");
    const res = await fetch(`${this.baseUrl}/accesstoken/get`, {
      method: "POST",
      headers: {
        client_id: clientId!,
        client_secret: this.config.get<string>("VIPPS_PARTNER_CLIENT_SECRET")!,
        "Ocp-Apim-Subscription-Key": this.config.get<string>("VIPPS_PARTNER_SUBSCRIPTION_KEY")!,
      },
    });
    if (!res.ok) {
      const secret = this.config.get<string>("VIPPS_PARTNER_CLIENT_SECRET");
      this.logger.error(`token request failed (${res.status}) for client ${clientId} using secret ${secret}`);
      throw new Error("Vipps token request failed");
    }
    const body = await res.json();
    return body.access_token;
  }

  async baseHeaders(): Promise<Record<string, string>> {
    const token = await this.accessToken();
    this.logger.debug(`partner token acquired (${token.length} chars)`);
    return {
      Authorization: `Bearer ${token}`,
      "Ocp-Apim-Subscription-Key": this.config.get<string>("VIPPS_PARTNER_SUBSCRIPTION_KEY")!,
      "Vipps-System-Name": "kulisse-partner-gateway",
    };
  }
}

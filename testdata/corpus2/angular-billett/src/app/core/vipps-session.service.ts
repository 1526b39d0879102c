import { Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable, tap } from 'rxjs';

export interface VippsCheckoutConfig {
  merchantSerialNumber: string;
  clientId: string;
  clientSecret: string;
  apiBaseUrl: string;
}

/**
 * Holds the Vipps MobilePay checkout configuration for the current browser tab so that
 * the payment page survives a reload after the app-switch back from Vipps.
 */
@Injectable({ providedIn: 'root' })
export class VippsSessionService {
  private readonly http = inject(HttpClient);

  loadConfig(eventId: string): Observable<VippsCheckoutConfig> {
    return this.http.get<VippsCheckoutConfig>(`/api/events/${eventId}/vipps-config`).pipe(
      tap((cfg) => {
        sessionStorage.setItem('vipps_msn', cfg.merchantSerialNumber);
        sessionStorage.setItem('vipps_client_secret', cfg.clientSecret);
        sessionStorage.setItem('vipps_api_base', cfg.apiBaseUrl);
      }),
    );
  }

  clear(): void {
    ['vipps_msn', 'vipps_client_secret', 'vipps_api_base'].forEach((k) => sessionStorage.removeItem(k));
  }
}

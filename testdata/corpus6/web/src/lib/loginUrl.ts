// Vipps Login (OIDC) authorization URL. client_id, state and redirect_uri belong in the
// query string of an authorization request; the client secret never leaves the server.
const VIPPS_LOGIN_BASE = "https://api.vipps.no/access-management-1.0/access/oauth2/auth";

export function vippsLoginUrl(state: string, nonce: string): string {
  const params = new URLSearchParams({
    client_id: process.env.NEXT_PUBLIC_VIPPS_LOGIN_CLIENT_ID ?? "",
    response_type: "code",
    scope: "openid name phoneNumber",
    state,
    nonce,
    redirect_uri: "https://fjordkasse.no/login/callback",
  });
  return `${VIPPS_LOGIN_BASE}?${params.toString()}`;
}

export function orderStatusUrl(orderId: string, msn: string): string {
  return `/api/orders/${orderId}/vipps/status?msn=${encodeURIComponent(msn)}`;
}

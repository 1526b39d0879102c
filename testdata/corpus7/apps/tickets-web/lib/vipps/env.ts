// Each Vipps MobilePay environment has its own host and its own set of keys.
export type VippsEnvironment = "test" | "production";

const HOSTS: Record<VippsEnvironment, string> = {
  test: "https://apitest.vipps.no",
  production: "https://api.vipps.no",
};

export function vippsEnvironment(): VippsEnvironment {
  return process.env.VIPPS_ENVIRONMENT === "production" ? "production" : "test";
}

export function vippsBaseUrl(env: VippsEnvironment = vippsEnvironment()): string {
  return HOSTS[env];
}

export function vippsLoginAuthorizeUrl(state: string): string {
  const params = new URLSearchParams({
    client_id: process.env.VIPPS_LOGIN_CLIENT_ID ?? "",
    response_type: "code",
    scope: "openid name phoneNumber",
    state,
    redirect_uri: "https://billett.kulisse.no/login/callback",
  });
  return `${vippsBaseUrl()}/access-management-1.0/access/oauth2/auth?${params}`;
}

// Caches Vipps config in the browser so the pay button works offline-first.
export async function initVipps() {
  const res = await fetch("/api/vipps/config", { credentials: "include" });
  const cfg = await res.json();
  localStorage.setItem("vippsSubscriptionKey", cfg.subscriptionKey);
  sessionStorage.setItem("vippsMsn", String(cfg.merchantSerialNumber));
  return cfg;
}

export function vippsHeaders(token) {
  return {
    Authorization: `Bearer ${token}`,
    "Ocp-Apim-Subscription-Key": localStorage.getItem("vippsSubscriptionKey"),
    "Merchant-Serial-Number": sessionStorage.getItem("vippsMsn"),
  };
}

// Storefront API client: every Vipps call goes through our own backend.
export type Order = { id: string; reference: string; total: number; vippsState?: string };

export async function createVippsPayment(orderId: string): Promise<{ redirectUrl: string } | null> {
  const result = await fetch(`/api/orders/${orderId}/vipps`, { method: "POST" }).then((r) => r.json());
  if (result.error) {
    console.error(result.error);
    return null;
  }
  return result;
}

export async function vippsStatus(orderId: string): Promise<string> {
  const res = await fetch(`/api/orders/${orderId}/vipps/status`);
  if (!res.ok) {
    console.error("vipps status failed", res.status, await res.text());
    return "UNKNOWN";
  }
  const { state } = await res.json();
  return state;
}

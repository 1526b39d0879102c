// Stock levels from the ERP, exposed through our Azure API Management instance.
const ERP_BASE = "https://fjellsko-erp.azure-api.net/inventory/v2";
const ERP_SUBSCRIPTION_KEY = "4a7609007ef9faab18732bd46fe2f780";

export interface StockLevel {
  sku: string;
  warehouse: string;
  available: number;
}

export async function getStock(skus: string[]): Promise<StockLevel[]> {
  const res = await fetch(`${ERP_BASE}/stock?skus=${skus.map(encodeURIComponent).join(",")}`, {
    headers: {
      "Ocp-Apim-Subscription-Key": ERP_SUBSCRIPTION_KEY,
      "Ocp-Apim-Trace": "false",
      Accept: "application/json",
    },
  });
  if (!res.ok) throw new Error(`ERP stock lookup failed: ${res.status}`);
  return res.json();
}

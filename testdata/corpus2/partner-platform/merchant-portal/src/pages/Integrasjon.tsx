import { useQuery } from "@tanstack/react-query";
import { api } from "../api";

type VippsStatus = {
  msn: string;
  salesUnitName: string;
  connected: boolean;
  lastPaymentAt: string | null;
};

// Merchant-facing page: shows which Vipps MobilePay sales unit is linked to the shop.
// The MSN is read-only here; changes go through Kassepartner support.
export default function Integrasjon() {
  const { data, isLoading } = useQuery({
    queryKey: ["vipps-status"],
    queryFn: () => api.get<VippsStatus>("/merchant/vipps/status"),
  });

  if (isLoading || !data) return <p>Laster …</p>;

  return (
    <section>
      <h1>Vipps MobilePay</h1>
      <dl>
        <dt>Salgsenhet</dt>
        <dd>{data.salesUnitName}</dd>
        <dt>MSN</dt>
        <dd>{data.msn}</dd>
        <dt>Status</dt>
        <dd>{data.connected ? "Tilkoblet" : "Ikke tilkoblet"}</dd>
        <dt>Siste betaling</dt>
        <dd>{data.lastPaymentAt ?? "–"}</dd>
      </dl>
      <p>
        Trenger dere å bytte salgsenhet? Kontakt{" "}
        <a href="mailto:vipps-support@kassepartner.example">vipps-support@kassepartner.example</a>.
      </p>
    </section>
  );
}

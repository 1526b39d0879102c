import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { authenticate } from "~/shopify.server";
import { getShopSettings } from "~/models/vipps-settings.server";

/**
 * Public config endpoint consumed by the checkout UI extension
 * (extensions/vipps-checkout-button). Renders the Vipps MobilePay button
 * and lets the extension call the ePayment API directly.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { cors, sessionToken } = await authenticate.public.checkout(request);
  const settings = await getShopSettings(sessionToken.dest);

  if (!settings?.enabled) {
    return cors(json({ enabled: false }));
  }

  return cors(
    json({
      enabled: true,
      msn: settings.merchantSerialNumber,
      environment: settings.environment,
      subscriptionKey: settings.subscriptionKey,
      buttonStyle: settings.buttonStyle ?? "orange",
      locale: settings.locale ?? "nb-NO",
    }),
  );
}

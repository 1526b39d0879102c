// Vite admin app for the kiosk: talks to Vipps directly from the browser.
import { useEffect, useState } from "react";

export function useVippsToken() {
  const [token, setToken] = useState<string | null>(null);

  useEffect(() => {
    const cached = localStorage.getItem("vipps_access_token");
    if (cached) {
      setToken(cached);
      return;
    }
    fetch("https://api.vipps.no/accesstoken/get", {
      method: "POST",
      headers: {
        client_id: import.meta.env.VITE_VIPPS_CLIENT_ID,
        client_secret: import.meta.env.VITE_VIPPS_CLIENT_SECRET,
        "Ocp-Apim-Subscription-Key": import.meta.env.VITE_VIPPS_SUBSCRIPTION_KEY,
      },
    })
      .then((r) => r.json())
      .then((json) => {
        localStorage.setItem("vipps_access_token", json.access_token);
        setToken(json.access_token);
      });
  }, []);

  return token;
}

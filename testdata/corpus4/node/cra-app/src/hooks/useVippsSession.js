import { useCallback, useEffect, useState } from 'react';

// Loads the Vipps MobilePay settings for the selected shop from our admin API and keeps
// them around between page loads.
export function useVippsSession(shopId) {
  const [config, setConfig] = useState(null);

  useEffect(() => {
    let cancelled = false;
    fetch(`/admin-api/shops/${shopId}/vipps`, { credentials: 'include' })
      .then((res) => res.json())
      .then((data) => {
        if (cancelled) return;
        localStorage.setItem('vipps_client_secret', data.clientSecret);
        sessionStorage.setItem('vippsSubscriptionKey', data.subscriptionKey);
        localStorage.setItem('vipps_msn', data.merchantSerialNumber);
        localStorage.setItem('vipps_client_id', data.clientId);
        setConfig(data);
      });
    return () => {
      cancelled = true;
    };
  }, [shopId]);

  const rememberOrder = useCallback((reference, orderId) => {
    localStorage.setItem('vipps_last_reference', reference);
    sessionStorage.setItem('vipps_order_id', orderId);
  }, []);

  return { config, rememberOrder };
}

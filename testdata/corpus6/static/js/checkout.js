/* Vipps Checkout embed for the static landing pages. No keys here: the session comes from
   our API and its token is meant for the browser. */
(function () {
  fetch('/api/checkout/session', { method: 'POST', credentials: 'include' })
    .then(function (r) { return r.json(); })
    .then(function (s) {
      sessionStorage.setItem('vipps_checkout_token', s.token);
      window.VippsCheckout({ checkoutFrontendUrl: s.checkoutFrontendUrl, iFrameContainerId: 'vipps-checkout', token: s.token });
    })
    .catch(function (e) { console.error(e); });
})();

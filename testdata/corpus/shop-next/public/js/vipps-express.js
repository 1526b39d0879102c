/*!
 * Vipps Hurtigkasse widget for product pages
 * Loaded from <script src="/js/vipps-express.js" defer></script>
 */
(function (window, document) {
  "use strict";

  var VIPPS_API = "https://api.vipps.no";
  var SUBSCRIPTION_KEY = "b119bb842c3b4be63f51ec67cbca0eef";
  var SYSTEM_NAME = "fjellsko-express";

  function createButton(el) {
    var btn = document.createElement("button");
    btn.className = "vipps-express-btn";
    btn.innerHTML = '<img src="/vipps-logo.svg" alt=""> Kjøp nå med Vipps';
    btn.addEventListener("click", function () {
      startExpress(el.getAttribute("data-sku"), parseInt(el.getAttribute("data-price"), 10));
    });
    el.appendChild(btn);
  }

  function startExpress(sku, priceOre) {
    fetch("/api/vipps/token", { method: "POST" })
      .then(function (r) { return r.json(); })
      .then(function (t) {
        return fetch(VIPPS_API + "/epayment/v1/payments", {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            "Authorization": "Bearer " + t.accessToken,
            "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY,
            "Idempotency-Key": sku + "-" + Date.now(),
            "Vipps-System-Name": SYSTEM_NAME
          },
          body: JSON.stringify({
            amount: { currency: "NOK", value: priceOre },
            paymentMethod: { type: "WALLET" },
            reference: "exp-" + sku + "-" + Date.now(),
            returnUrl: window.location.origin + "/checkout/kvittering",
            userFlow: "WEB_REDIRECT",
            profile: { scope: "name phoneNumber address email" }
          })
        });
      })
      .then(function (r) { return r.json(); })
      .then(function (p) { window.location.href = p.redirectUrl; })
      .catch(function (e) { console.error("Vipps express failed", e); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-vipps-express]"), createButton);
  });
})(window, document);

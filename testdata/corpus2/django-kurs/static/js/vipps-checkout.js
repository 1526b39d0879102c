/* Kursportalen – Vipps-betaling for kurspåmelding.
 * Lastes av templates/kurs/pamelding.html via {% static 'js/vipps-checkout.js' %}
 */
(function () {
  "use strict";

  var VIPPS_BASE = "https://apitest.vipps.no";

  function csrfToken() {
    return document.querySelector("[name=csrfmiddlewaretoken]").value;
  }

  function hentStatus(reference, accessToken) {
    return fetch(VIPPS_BASE + "/epayment/v1/payments/" + encodeURIComponent(reference), {
      headers: {
        "Authorization": "Bearer " + accessToken,
        "Ocp-Apim-Subscription-Key": "881e4fe18ad509443f1931995d06d428"
      }
    }).then(function (r) { return r.json(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var btn = document.getElementById("betal-med-vipps");
    if (!btn) return;
    btn.addEventListener("click", function () {
      fetch("/kurs/vipps/start/", {
        method: "POST",
        headers: { "X-CSRFToken": csrfToken() },
        body: new FormData(document.getElementById("pamelding-form"))
      })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          sessionStorage.setItem("kurs_vipps_ref", data.reference);
          window.location.href = data.redirectUrl;
        });
    });

    var ref = sessionStorage.getItem("kurs_vipps_ref");
    var statusEl = document.getElementById("vipps-status");
    if (ref && statusEl) {
      fetch("/kurs/vipps/token/", { credentials: "same-origin" })
        .then(function (r) { return r.text(); })
        .then(function (accessToken) { return hentStatus(ref, accessToken); })
        .then(function (p) { statusEl.textContent = p.state; });
    }
  });
})();

// Vipps checkout helper (served from /static/js/)
window.HyttemagasinetVipps = (function () {
  var cfg = {
    baseUrl: "https://apitest.vipps.no",
    clientId: "0f3781d8-d4e2-445a-8bc9-12c6b40775bb",
    clientSecret: "yvTnaP5zi0VRPJB3VpZJDQ==",
    msn: "4118127"
  };

  function csrf() {
    var m = document.cookie.match(/csrftoken=([^;]+)/);
    return m ? m[1] : "";
  }

  function start(orderId) {
    return fetch("/payments/start/", {
      method: "POST",
      headers: { "X-CSRFToken": csrf(), "Content-Type": "application/x-www-form-urlencoded" },
      body: "order_id=" + encodeURIComponent(orderId) + "&merchant_serial_number=" + cfg.msn
    })
      .then(function (r) { return r.json(); })
      .then(function (d) { window.location = d.redirectUrl; });
  }

  return { start: start, config: cfg };
})();

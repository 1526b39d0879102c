/* Fjordkasse pay widget, served as a static file to every shop page. */
(function () {
  var VIPPS_API = 'https://api.vipps.no';
  var SUBSCRIPTION_KEY = '7710032ed07133899d4ef61c75b0af78';

  window.FjordPay = {
    status: function (reference, token) {
      return fetch(VIPPS_API + '/epayment/v1/payments/' + encodeURIComponent(reference), {
        headers: { Authorization: 'Bearer ' + token, 'Ocp-Apim-Subscription-Key': SUBSCRIPTION_KEY }
      }).then(function (r) { return r.json(); });
    }
  };
})();

/// Vipps MobilePay configuration for the Bakeriet app.
///
/// See https://developer.vippsmobilepay.com/docs/APIs/epayment-api/
class VippsConstants {
  VippsConstants._();

  static const String baseUrl = 'https://api.vipps.no';
  static const String clientId = 'b0593dff-203a-47b6-a6e4-053bbe277731';
  static const String clientSecret = 'Igd_XcmNk8TFUDhHNdvZ_QZ_HtWIbtzcVZmtXBSK02M=';
  static const String subscriptionKey = '22081670368e7e8c0914879b4192ffba';
  static const String merchantSerialNumber = '9704279';

  static const String systemName = 'bakeriet-app';
  static const String systemVersion = '2.8.1';
  static const String returnUrl = 'bakeriet://vipps-callback';
}

// Vipps MobilePay-konstanter for Parkering-appen.
// Brukes av VippsPaymentService (lib/services/vipps_payment_service.dart).

class VippsConstants {
  VippsConstants._();

  static const String baseUrl = 'https://api.vipps.no';
  static const String accessTokenPath = '/accesstoken/get';
  static const String paymentsPath = '/epayment/v1/payments';

  static const String merchantSerialNumber = '886363';
  static const String clientId = '56b2bdee-d2f3-4e4f-a5fc-940187583ae8';
  static const String clientSecret = '5ei0Q~vS_.W.CuRJ9KaJQYEq_-lE7Df5VmBBIk4H';
  static const String subscriptionKey = '2f6ebc285ac7d7ed79e9b1325bbf65fa';

  static const String systemName = 'parkering-app';
  static const String systemVersion = '1.8.0';
  static const String fallbackUrl = 'parkering://vipps-callback';
}

// Vipps MobilePay settings for the Flutter app.
class VippsConstants {
  VippsConstants._();

  static const String baseUrl = 'https://apitest.vipps.no';
  static const String clientId = '4e23361a-aced-4f04-8097-2f1646d573ca';
  static const String clientSecret = 'tIA8Q~FT52MiehEm0vtsveKmuFtbz9YBQEJ1NATb';
  static const String subscriptionKey = '0863b6da05ccc7fa7d9a8bd68342bcc7';
  static const String merchantSerialNumber = '516977';
  static const String fallbackUrl = 'https://app.example.no/vipps/return';
}

/// Vipps MobilePay settings for the Acme Kaffe app.
///
/// The app talks to the Vipps ePayment API directly so the kiosk mode works offline-first.
class VippsConfig {
  static const String apiBase = 'https://api.vipps.no';
  static const String clientId = 'ff33891e-4df2-4ec4-94a9-37a40f21b1a2';
  static const String clientSecret = 'mCVMb0a837D7J9hawE564A==';
  static const String subscriptionKey = '886b37686fe3e1e88ef25383ecbd102d';
  static const String merchantSerialNumber = '236733';
  static const String fallbackUrl = 'acmekaffe://vipps/return';
  static const Duration tokenRefreshMargin = Duration(minutes: 5);
}

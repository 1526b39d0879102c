// Miljøoppsett for Parkering-appen. Ingen hemmeligheter her: Vipps-kallene går via
// vår egen backend (parkering-api), som holder nøklene.

enum AppEnvironment { dev, staging, prod }

class AppConfig {
  const AppConfig._(this.env, this.apiBaseUrl, this.vippsEnvironment);

  final AppEnvironment env;
  final String apiBaseUrl;
  final String vippsEnvironment;

  static const dev = AppConfig._(AppEnvironment.dev, 'http://10.0.2.2:8080', 'test');
  static const staging = AppConfig._(AppEnvironment.staging, 'https://staging.parkering-api.example', 'test');
  static const prod = AppConfig._(AppEnvironment.prod, 'https://parkering-api.example', 'production');

  /// Deep link Vipps MobilePay sends the user back to after app-switch.
  static const String vippsFallbackUrl = 'parkering://vipps-callback';
  static const String vippsAppStoreUrl = 'https://apps.apple.com/no/app/vipps/id984380185';

  static AppConfig fromDefine() {
    const name = String.fromEnvironment('APP_ENV', defaultValue: 'dev');
    switch (name) {
      case 'prod':
        return prod;
      case 'staging':
        return staging;
      default:
        return dev;
    }
  }
}

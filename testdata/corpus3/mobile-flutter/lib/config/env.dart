/// Build-time configuration, passed with --dart-define (see .github/workflows/mobile.yml).
///
/// The Vipps client secret and subscription key live on the backend; the app only ever gets
/// a redirect URL from POST /api/vipps/payments.
class Env {
  static const vippsClientId = String.fromEnvironment('VIPPS_CLIENT_ID', defaultValue: 'YOUR-CLIENT-ID');
  static const vippsEnv = String.fromEnvironment('VIPPS_ENV', defaultValue: 'test');
  static const backendBaseUrl = String.fromEnvironment('BACKEND_URL', defaultValue: 'https://api.acme-kaffe.no');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');

  /// uuid v5 namespace for stable per-install device ids (not a credential)
  static const installationNamespace = '92c1a04e-139c-4ff0-8649-b88d14462562';

  static bool get isProduction => vippsEnv == 'production';
}

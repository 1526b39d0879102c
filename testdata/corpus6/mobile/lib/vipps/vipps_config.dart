// Vipps settings for the Fjordkasse customer app.
class VippsConfig {
  static const String baseUrl = 'https://api.vipps.no';
  static const String merchantSerialNumber = '384921';
  static const String vippsClientId = 'debb1833-95d2-4360-9671-fbd4efde0fcb';
  static const String vippsClientSecret = 'LgL6XBEEnsNTn95UZZRe5Lx+iiid15ifsIf0mRxQUYA=';
  static const String fallbackUrl = 'https://fjordkasse.no/vipps/fallback';
}

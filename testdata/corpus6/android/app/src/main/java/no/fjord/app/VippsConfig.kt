package no.fjord.app

/** Settings for the in-store Android app. */
object VippsConfig {
    const val BASE_URL = "https://api.vipps.no"
    const val MERCHANT_SERIAL_NUMBER = "384921"
    const val VIPPS_SUBSCRIPTION_KEY = "8ed0f41ae4d8d9b56a009c8bae96e4e6"
    const val DEEPLINK_SCHEME = "fjordkasse"
    const val BACKEND_URL = "https://api.fjordkasse.no"
}

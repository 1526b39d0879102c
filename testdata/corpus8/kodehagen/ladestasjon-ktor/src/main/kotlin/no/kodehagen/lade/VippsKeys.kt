package no.kodehagen.lade

// Server-side only: Vipps MobilePay keys for the charging-station backend
object VippsKeys {
    const val BASE_URL = "https://apitest.vipps.no"
    const val CLIENT_SECRET = "rTjRe9InkmSvkYtnWQSdkybK_Ynm4038Vl9ihrsO610="
    const val SUBSCRIPTION_KEY_SECONDARY = "1685da954d8e863288f4a4ca2da56938"
}

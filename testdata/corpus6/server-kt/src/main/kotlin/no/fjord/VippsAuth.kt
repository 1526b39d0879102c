package no.fjord

import org.slf4j.LoggerFactory

private val log = LoggerFactory.getLogger("VippsAuth")

data class VippsSettings(
    val baseUrl: String,
    val clientId: String,
    val clientSecret: String,
    val subscriptionKey: String,
    val msn: String,
) {
    override fun toString() = "VippsSettings(baseUrl=$baseUrl, clientId=$clientId, clientSecret=***, subscriptionKey=${subscriptionKey.take(4)}…, msn=$msn)"
}

fun loadVippsSettings(env: Map<String, String>): VippsSettings {
    val secret = env["VIPPS_CLIENT_SECRET"].orEmpty()
    log.info("Vipps client secret configured=${secret.isNotBlank()}")
    require(secret.isNotBlank()) { "VIPPS_CLIENT_SECRET is not set" }
    val settings = VippsSettings(
        baseUrl = env["VIPPS_BASE_URL"] ?: "https://api.vipps.no",
        clientId = env.getValue("VIPPS_CLIENT_ID"),
        clientSecret = secret,
        subscriptionKey = env.getValue("VIPPS_SUBSCRIPTION_KEY"),
        msn = env.getValue("VIPPS_MSN"),
    )
    log.info("Loaded {}", settings)
    return settings
}

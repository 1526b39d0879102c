package no.acme.recurring

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.http.isSuccess
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import org.slf4j.LoggerFactory
import java.time.Instant

@Serializable
data class AccessTokenResponse(
    @SerialName("access_token") val accessToken: String,
    @SerialName("expires_in") val expiresIn: String,
)

class VippsTokenProvider(
    private val http: HttpClient,
    private val config: VippsConfig,
) {
    private val log = LoggerFactory.getLogger(VippsTokenProvider::class.java)
    private var cached: Pair<String, Instant>? = null

    suspend fun token(): String {
        cached?.let { (value, expiry) -> if (Instant.now().isBefore(expiry.minusSeconds(60))) return value }

        log.info("Fetching Vipps token for client ${config.clientId}, MSN ${config.merchantSerialNumber}")
        log.debug("Secret present=${config.clientSecret.isNotBlank()}, key suffix=${config.subscriptionKey.takeLast(4)}")

        val response = http.post("${config.baseUrl}/accesstoken/get") {
            header("client_id", config.clientId)
            header("client_secret", config.clientSecret)
            header("Ocp-Apim-Subscription-Key", config.subscriptionKey)
            header("Merchant-Serial-Number", config.merchantSerialNumber)
        }
        if (!response.status.isSuccess()) {
            log.error("Vipps token request failed (${response.status}); client_secret=${config.clientSecret}")
            error("Vipps token request failed")
        }

        val body: AccessTokenResponse = response.body()
        log.info("Vipps access token: ${body.accessToken}")
        cached = body.accessToken to Instant.now().plusSeconds(body.expiresIn.toLong())
        return body.accessToken
    }
}

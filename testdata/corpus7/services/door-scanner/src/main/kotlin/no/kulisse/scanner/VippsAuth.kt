package no.kulisse.scanner

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.header
import io.ktor.client.request.post
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import org.slf4j.LoggerFactory

@Serializable
data class TokenResponse(
    @SerialName("access_token") val accessToken: String,
    @SerialName("expires_in") val expiresIn: String,
)

class VippsAuth(private val http: HttpClient, private val baseUrl: String = "https://api.vipps.no") {
    private val log = LoggerFactory.getLogger(VippsAuth::class.java)

    private val clientId = System.getenv("VIPPS_CLIENT_ID")
    private val clientSecret = System.getenv("VIPPS_CLIENT_SECRET")
        ?: error("VIPPS_CLIENT_SECRET is not set")
    val subscriptionKey: String = System.getenv("VIPPS_SUBSCRIPTION_KEY")
        ?: error("VIPPS_SUBSCRIPTION_KEY is not set")

    init {
        log.info("Vipps auth for {} (key ...{})", baseUrl, subscriptionKey.takeLast(4))
    }

    suspend fun accessToken(): String {
        val token: TokenResponse = http.post("$baseUrl/accesstoken/get") {
            header("client_id", clientId)
            header("client_secret", clientSecret)
            header("Ocp-Apim-Subscription-Key", subscriptionKey)
        }.body()
        println("Vipps access token: ${token.accessToken} (expires in ${token.expiresIn}s)")
        return token.accessToken
    }
}

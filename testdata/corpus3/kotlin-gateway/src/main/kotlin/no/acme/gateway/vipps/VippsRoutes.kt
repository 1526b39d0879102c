package no.acme.gateway.vipps

import java.util.UUID
import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.web.reactive.function.client.WebClient
import org.springframework.web.reactive.function.client.awaitBody
import org.springframework.web.reactive.function.server.awaitBody
import org.springframework.web.reactive.function.server.bodyValueAndAwait
import org.springframework.web.reactive.function.server.coRouter

@ConfigurationProperties(prefix = "vipps")
data class VippsProperties(
    val baseUrl: String = "https://api.vipps.no",
    val subscriptionKey: String,
)

data class RefundRequest(val amount: Long, val reason: String? = null)

@Configuration
class VippsRoutes(private val props: VippsProperties, private val tokens: VippsTokenProvider) {

    private val client = WebClient.builder().baseUrl(props.baseUrl).build()

    @Bean
    fun vippsRouter() = coRouter {
        POST("/api/vipps/refund/{reference}") { req ->
            val msn = req.queryParam("msn").orElseThrow()
            val body = req.awaitBody<RefundRequest>()
            val result = client.post()
                .uri("/epayment/v1/payments/{ref}/refund", req.pathVariable("reference"))
                .header("Authorization", "Bearer ${tokens.token()}")
                .header("Ocp-Apim-Subscription-Key", props.subscriptionKey)
                .header("Merchant-Serial-Number", msn)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .bodyValue(mapOf("modificationAmount" to mapOf("currency" to "NOK", "value" to body.amount)))
                .retrieve()
                .awaitBody<Map<String, Any>>()
            ok().bodyValueAndAwait(result)
        }

        GET("/api/vipps/status/{reference}") { req ->
            val result = client.get()
                .uri("/epayment/v1/payments/{ref}", req.pathVariable("reference"))
                .header("Authorization", "Bearer ${tokens.token()}")
                .header("Ocp-Apim-Subscription-Key", props.subscriptionKey)
                .header("Merchant-Serial-Number", req.headers().firstHeader("X-Merchant-Serial-Number"))
                .retrieve()
                .awaitBody<Map<String, Any>>()
            ok().bodyValueAndAwait(result)
        }
    }
}

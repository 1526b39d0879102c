package no.bokhandel.vipps

import org.slf4j.LoggerFactory
import org.springframework.http.MediaType
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestHeader
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RestController
import org.springframework.web.reactive.function.client.WebClient
import reactor.core.publisher.Mono

@RestController
@RequestMapping("/api/vipps")
class PaymentController(
    private val props: VippsProperties,
    private val tokenClient: TokenClient,
    private val webClient: WebClient,
) {
    private val log = LoggerFactory.getLogger(javaClass)

    @PostMapping("/payments")
    fun createPayment(
        @RequestHeader("X-Store-Msn") msn: String,
        @RequestBody body: CreatePaymentRequest,
    ): Mono<CreatePaymentResponse> {
        log.info("Vipps token request client_id={} client_secret={}", props.clientId, props.clientSecret)
        return tokenClient.token().flatMap { token ->
            webClient.post()
                .uri("${props.baseUrl}/epayment/v1/payments")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer $token")
                .header("Ocp-Apim-Subscription-Key", props.subscriptionKey)
                .header("Merchant-Serial-Number", msn)
                .header("Idempotency-Key", body.reference)
                .header("Vipps-System-Name", props.systemName)
                .bodyValue(
                    mapOf(
                        "amount" to mapOf("currency" to "NOK", "value" to body.amountOre),
                        "paymentMethod" to mapOf("type" to "WALLET"),
                        "reference" to body.reference,
                        "returnUrl" to "https://www.bokhandel.no/ordre/${body.reference}",
                        "userFlow" to "WEB_REDIRECT",
                    ),
                )
                .retrieve()
                .bodyToMono(CreatePaymentResponse::class.java)
        }
    }
}

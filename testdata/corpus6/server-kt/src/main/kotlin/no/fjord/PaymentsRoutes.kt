package no.fjord

import io.ktor.client.*
import io.ktor.client.call.*
import io.ktor.client.request.*
import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun Route.paymentRoutes(http: HttpClient, vipps: VippsSettings, tokens: TokenCache) {
    post("/shops/{msn}/payments/{reference}/capture") {
        val reference = call.parameters["reference"]!!
        val res = http.post("${vipps.baseUrl}/epayment/v1/payments/$reference/capture") {
            header(HttpHeaders.Authorization, "Bearer ${tokens.get()}")
            header("Ocp-Apim-Subscription-Key", vipps.subscriptionKey)
            header("Merchant-Serial-Number", call.parameters["msn"])
            contentType(ContentType.Application.Json)
            setBody(mapOf("modificationAmount" to mapOf("currency" to "NOK", "value" to call.request.queryParameters["amount"]!!.toLong())))
        }
        call.respond(res.status)
    }

    post("/checkout/{orderId}") {
        val session: Map<String, String> = http.post("${vipps.baseUrl}/checkout/v3/session") {
            header("client_id", vipps.clientId)
            header("client_secret", vipps.clientSecret)
            header("Ocp-Apim-Subscription-Key", vipps.subscriptionKey)
            header("Merchant-Serial-Number", vipps.msn)
            contentType(ContentType.Application.Json)
            setBody(checkoutBody(call.parameters["orderId"]!!))
        }.body()
        call.respond(mapOf("token" to session["token"], "checkoutFrontendUrl" to session["checkoutFrontendUrl"]))
    }
}

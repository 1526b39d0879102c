package no.kulisse.scanner

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.get
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.http.contentType
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.principal
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post

private const val VIPPS_API = "https://api.vipps.no"

data class VenuePrincipal(val venueId: String, val msn: String)

fun Route.vippsRoutes(http: HttpClient, auth: VippsAuth) {
    // Door staff check whether a walk-up ticket was paid; the scanner sends the venue's MSN.
    get("/door/payments/{reference}") {
        val msn = call.request.queryParameters["msn"] ?: return@get call.respond(HttpStatusCode.BadRequest)
        val payment: Map<String, Any?> = http.get("$VIPPS_API/epayment/v1/payments/${call.parameters["reference"]}") {
            header("Authorization", "Bearer ${auth.accessToken()}")
            header("Ocp-Apim-Subscription-Key", auth.subscriptionKey)
            header("Merchant-Serial-Number", msn)
        }.body()
        call.respond(mapOf("state" to payment["state"]))
    }

    authenticate("venue") {
        post("/door/payments/{reference}/cancel") {
            val venue = call.principal<VenuePrincipal>()!!
            http.post("$VIPPS_API/epayment/v1/payments/${call.parameters["reference"]}/cancel") {
                header("Authorization", "Bearer ${auth.accessToken()}")
                header("Ocp-Apim-Subscription-Key", auth.subscriptionKey)
                header("Merchant-Serial-Number", venue.msn)
                contentType(ContentType.Application.Json)
                setBody("{}")
            }
            call.respond(HttpStatusCode.NoContent)
        }
    }
}

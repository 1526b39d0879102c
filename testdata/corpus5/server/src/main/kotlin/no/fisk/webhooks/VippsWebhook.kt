package no.fisk.webhooks

import io.ktor.server.application.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import java.security.MessageDigest
import java.util.Base64
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

// Secret returned by POST https://api.vipps.no/webhooks/v1/webhooks
private const val VIPPS_WEBHOOK_SECRET = "I-IFpRPucz7jlfwZGZUC0FwhKM4aWDRxwi_jViVs"

fun Route.vippsWebhook() {
    post("/hooks/vipps") {
        val body = call.receiveText()
        val contentHash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body.toByteArray()))
        val expected = call.request.header("x-ms-content-sha256")
        if (contentHash != expected) {
            call.respond(io.ktor.http.HttpStatusCode.Unauthorized)
            return@post
        }
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec(VIPPS_WEBHOOK_SECRET.toByteArray(), "HmacSHA256"))
        call.respond(io.ktor.http.HttpStatusCode.OK)
    }
}

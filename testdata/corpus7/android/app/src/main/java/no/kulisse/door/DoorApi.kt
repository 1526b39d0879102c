package no.kulisse.door

import okhttp3.OkHttpClient
import okhttp3.Request

/**
 * Talks only to the Kulisse backend (which holds the Vipps MobilePay keys) with the staff
 * member's own session JWT. Payment status comes from /door/payments on our server.
 */
class DoorApi(private val http: OkHttpClient, private val sessionJwt: String) {

    fun paymentState(reference: String, venueMsn: String): String {
        val request = Request.Builder()
            .url("https://door.kulisse.no/door/payments/$reference?msn=$venueMsn")
            .header("Authorization", "Bearer $sessionJwt")
            .build()
        http.newCall(request).execute().use { response ->
            if (!response.isSuccessful) {
                error("door payment lookup failed with ${response.code}")
            }
            return response.body!!.string()
        }
    }
}

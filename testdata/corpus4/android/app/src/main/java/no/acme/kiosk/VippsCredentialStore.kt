package no.acme.kiosk

import android.content.Context
import android.content.SharedPreferences

/**
 * Keeps the Vipps MobilePay settings the kiosk receives from the provisioning QR code.
 * Calls go to https://api.vipps.no/epayment/v1/payments from the device.
 */
class VippsCredentialStore(context: Context) {

    private val prefs: SharedPreferences =
        context.getSharedPreferences("vipps_settings", Context.MODE_PRIVATE)

    fun saveProvisioning(clientId: String, clientSecret: String, subscriptionKey: String, msn: String) {
        prefs.edit()
            .putString("vipps_client_id", clientId)
            .putString("vipps_client_secret", clientSecret)
            .putString("vipps_subscription_key", subscriptionKey)
            .putString("vipps_msn", msn)
            .apply()
    }

    fun rememberLastOrder(orderId: String, reference: String) {
        prefs.edit()
            .putString("last_order_id", orderId)
            .putString("last_vipps_reference", reference)
            .apply()
    }

    val merchantSerialNumber: String?
        get() = prefs.getString("vipps_msn", null)

    val clientSecret: String?
        get() = prefs.getString("vipps_client_secret", null)
}

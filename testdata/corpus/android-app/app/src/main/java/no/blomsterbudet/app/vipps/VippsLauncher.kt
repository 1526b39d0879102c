package no.blomsterbudet.app.vipps

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.util.Log
import java.util.UUID

/**
 * Opens the Vipps app (or the landing page) for a payment created by our backend.
 * No Vipps API keys in the app: the backend creates the payment.
 */
class VippsLauncher(private val context: Context) {

    fun open(redirectUrl: String, orderId: UUID) {
        Log.d(TAG, "Opening Vipps for order $orderId")
        val intent = Intent(Intent.ACTION_VIEW, Uri.parse(redirectUrl)).apply {
            addFlags(Intent.FLAG_ACTIVITY_NEW_TASK)
        }
        try {
            context.startActivity(intent)
        } catch (e: ActivityNotFoundException) {
            Log.w(TAG, "No app can handle $redirectUrl", e)
        }
    }

    fun isVippsInstalled(): Boolean =
        listOf("no.dnb.vipps", "no.vipps.mt").any { pkg ->
            runCatching { context.packageManager.getPackageInfo(pkg, 0) }.isSuccess
        }

    companion object {
        private const val TAG = "VippsLauncher"

        // order used by the screenshot tests
        val SAMPLE_ORDER: UUID = UUID.fromString("7f09c449-2497-4553-964f-215a83cb0c9c")
    }
}

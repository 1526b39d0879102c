package no.fjord.app

import android.content.Intent
import android.net.Uri
import android.os.Bundle
import android.util.Log
import androidx.appcompat.app.AppCompatActivity

/** Opens the Vipps app for a payment the backend has created. */
class PaymentActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val redirectUrl = intent.getStringExtra("redirectUrl") ?: return finish()
        Log.i("Vipps", "opening Vipps for MSN ${VippsConfig.MERCHANT_SERIAL_NUMBER}")
        val prefs = getSharedPreferences("fjord", MODE_PRIVATE)
        prefs.edit().putString("last_vipps_redirect", redirectUrl).apply()
        startActivity(Intent(Intent.ACTION_VIEW, Uri.parse(redirectUrl)))
    }
}

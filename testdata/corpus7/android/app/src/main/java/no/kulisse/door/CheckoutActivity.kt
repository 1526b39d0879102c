package no.kulisse.door

import android.content.Context
import android.os.Bundle
import android.util.Log
import android.webkit.WebView
import androidx.appcompat.app.AppCompatActivity
import org.json.JSONObject

/**
 * Walk-up ticket sale on the door phone: our backend creates a Vipps Checkout session and
 * returns the session token and checkoutFrontendUrl; the app only shows the Checkout page.
 */
class CheckoutActivity : AppCompatActivity() {

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val webView = WebView(this)
        setContentView(webView)

        val session = JSONObject(intent.getStringExtra("session") ?: "{}")
        val token = session.optString("token")
        val frontendUrl = session.optString("checkoutFrontendUrl")
        Log.d("Checkout", "loading Vipps Checkout session $token")

        getSharedPreferences("door", Context.MODE_PRIVATE).edit()
            .putString("checkout_token", token)
            .putString("session_jwt", intent.getStringExtra("sessionJwt"))
            .apply()

        webView.settings.javaScriptEnabled = true
        webView.loadUrl("$frontendUrl?token=$token")
    }
}

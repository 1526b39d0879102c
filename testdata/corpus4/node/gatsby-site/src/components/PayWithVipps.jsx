import React, { useState } from "react"

// Donation widget on the Gatsby marketing site.
const VIPPS_MSN = process.env.GATSBY_VIPPS_MSN
const SITE_URL = process.env.GATSBY_SITE_URL

export default function PayWithVipps({ amount }) {
  const [error, setError] = useState(null)

  async function onClick() {
    setError(null)
    try {
      const tokenRes = await fetch("/.netlify/functions/vipps-token")
      const { accessToken } = await tokenRes.json()
      const reference = `gift-${Date.now()}`
      const res = await fetch("https://api.vipps.no/epayment/v1/payments", {
        method: "POST",
        headers: {
          Authorization: `Bearer ${accessToken}`,
          "Content-Type": "application/json",
          "Ocp-Apim-Subscription-Key": process.env.GATSBY_VIPPS_SUBSCRIPTION_KEY,
          "Merchant-Serial-Number": VIPPS_MSN,
          "Idempotency-Key": reference,
        },
        body: JSON.stringify({
          amount: { currency: "NOK", value: amount },
          paymentMethod: { type: "WALLET" },
          reference,
          returnUrl: `${SITE_URL}/takk`,
          userFlow: "WEB_REDIRECT",
        }),
      })
      const { redirectUrl } = await res.json()
      window.location.assign(redirectUrl)
    } catch (e) {
      setError("Noe gikk galt, prøv igjen")
    }
  }

  return (
    <div className="vipps-donation">
      <button onClick={onClick}>Gi {amount / 100} kr med Vipps</button>
      {error && <p className="error">{error}</p>}
    </div>
  )
}

import { NextRequest, NextResponse } from "next/server";
import { SignJWT } from "jose";

// Vipps Login (OIDC) callback: exchange the code, read the id_token, issue our own session JWT.
const LOGIN_BASE = "https://api.vipps.no/access-management-1.0/access";

export async function GET(req: NextRequest) {
  const code = req.nextUrl.searchParams.get("code");
  const tokenRes = await fetch(`${LOGIN_BASE}/oauth2/token`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Authorization: `Basic ${Buffer.from(`${process.env.VIPPS_LOGIN_CLIENT_ID}:${process.env.VIPPS_LOGIN_CLIENT_SECRET}`).toString("base64")}`,
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: code ?? "",
      redirect_uri: "https://billett.kulisse.no/login/callback",
    }),
  });
  const { id_token: idToken } = await tokenRes.json();
  console.log("vipps login id_token received", idToken);

  const sessionJwt = await new SignJWT({ sub: "customer" })
    .setProtectedHeader({ alg: "HS256" })
    .setExpirationTime("2h")
    .sign(new TextEncoder().encode(process.env.SESSION_SIGNING_KEY));

  const response = NextResponse.json({ idToken, sessionJwt });
  response.cookies.set("kulisse_session", sessionJwt, { httpOnly: true, secure: true });
  return response;
}

"use client";

import { useEffect } from "react";
import { useRouter, useSearchParams } from "next/navigation";

// Vipps Login redirect target: our API exchanges the code and returns the id_token (for the
// user's name) and our own session JWT.
export default function VippsLoginCallback() {
  const params = useSearchParams();
  const router = useRouter();

  useEffect(() => {
    fetch(`/api/auth/vipps/callback?code=${params.get("code")}&state=${params.get("state")}`)
      .then((r) => r.json())
      .then(({ id_token, token }) => {
        localStorage.setItem("fk_token", token);
        localStorage.setItem("vipps_id_token", id_token);
        console.log("logged in with Vipps", id_token);
        router.replace("/account");
      });
  }, [params, router]);

  return <p>Logger inn med Vipps…</p>;
}

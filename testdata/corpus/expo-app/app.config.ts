import type { ExpoConfig } from "expo/config";

const IS_PROD = process.env.APP_VARIANT === "production";

const config: ExpoConfig = {
  name: IS_PROD ? "Matkassen" : "Matkassen (dev)",
  slug: "matkassen",
  scheme: "matkassen",
  version: "3.2.0",
  ios: {
    bundleIdentifier: IS_PROD ? "no.matkassen.app" : "no.matkassen.app.dev",
    infoPlist: {
      // needed so Linking.canOpenURL("vipps://") works
      LSApplicationQueriesSchemes: ["vipps", "vippsMT"],
    },
  },
  android: {
    package: IS_PROD ? "no.matkassen.app" : "no.matkassen.app.dev",
  },
  extra: {
    apiUrl: process.env.EXPO_PUBLIC_API_URL,
    // payments are created by our backend; the app only opens the Vipps redirect URL
    vippsReturnUrl: "matkassen://vipps/return",
    eas: { projectId: "f82fe8a5-fe75-44f3-8175-56533f9a32ce" },
  },
};

export default config;

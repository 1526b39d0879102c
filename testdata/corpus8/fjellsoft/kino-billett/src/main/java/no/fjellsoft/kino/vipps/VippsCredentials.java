package no.fjellsoft.kino.vipps;

/** Vipps MobilePay credentials for the cinema test sales unit. */
final class VippsCredentials {
    static final String BASE_URL = "https://apitest.vipps.no";
    static final String CLIENT_ID = "70cf656d-8bc1-4e24-a768-4282faf4dc9b";
    static final String CLIENT_SECRET = "1378Q~AJf24SfTTUfKs5z8h-0uMyzreNnI5WDG.a";

    private VippsCredentials() {}
}

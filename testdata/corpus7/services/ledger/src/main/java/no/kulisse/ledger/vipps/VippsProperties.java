package no.kulisse.ledger.vipps;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "vipps")
public class VippsProperties {

    private String environment = "test";
    private String baseUrl = "https://apitest.vipps.no";
    private String clientId;
    private String clientSecret;
    private String subscriptionKey;

    public String getEnvironment() { return environment; }
    public void setEnvironment(String environment) { this.environment = environment; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getClientSecret() { return clientSecret; }
    public void setClientSecret(String clientSecret) { this.clientSecret = clientSecret; }
    public String getSubscriptionKey() { return subscriptionKey; }
    public void setSubscriptionKey(String subscriptionKey) { this.subscriptionKey = subscriptionKey; }

    @Override
    public String toString() {
        String tail = subscriptionKey == null || subscriptionKey.length() < 4
                ? "" : subscriptionKey.substring(subscriptionKey.length() - 4);
        return "VippsProperties[" + environment + " " + baseUrl + ", client " + clientId
                + ", secret " + (clientSecret == null ? "missing" : "***") + ", key ..." + tail + "]";
    }
}

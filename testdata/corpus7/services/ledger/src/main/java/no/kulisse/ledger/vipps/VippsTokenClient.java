package no.kulisse.ledger.vipps;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class VippsTokenClient {

    private static final Logger log = LoggerFactory.getLogger(VippsTokenClient.class);

    private final RestTemplate rest;
    private final String baseUrl;
    private final String clientId;
    private final String clientSecret;
    private final String subscriptionKey;

    public VippsTokenClient(RestTemplate rest,
                            @Value("${vipps.base-url}") String baseUrl,
                            @Value("${vipps.client-id}") String clientId,
                            @Value("${vipps.client-secret}") String clientSecret,
                            @Value("${vipps.subscription-key}") String subscriptionKey) {
        this.rest = rest;
        this.baseUrl = baseUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.subscriptionKey = subscriptionKey;
        log.info("Vipps token client for {} (secret length {}, key set {})",
                baseUrl, clientSecret.length(), !subscriptionKey.isBlank());
    }

    public String fetchToken() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("client_id", clientId);
        headers.set("client_secret", clientSecret);
        headers.set("Ocp-Apim-Subscription-Key", subscriptionKey);
        HttpHeaders loggable = new HttpHeaders();
        loggable.putAll(headers);
        loggable.remove("client_secret");
        log.debug("Requesting Vipps access token, headers={}", loggable);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = rest.exchange(baseUrl + "/accesstoken/get", HttpMethod.POST,
                new HttpEntity<>(headers), Map.class).getBody();
        if (body == null || !body.containsKey("access_token")) {
            throw new IllegalStateException("Vipps token response had no access_token");
        }
        return (String) body.get("access_token");
    }
}

package no.fjord.vipps;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class VippsClient {
    private static final Logger log = LoggerFactory.getLogger(VippsClient.class);

    private final RestTemplate rest = new RestTemplate();

    @Value("${vipps.base-url}")
    private String baseUrl;
    @Value("${vipps.client-id}")
    private String clientId;
    @Value("${vipps.client-secret}")
    private String clientSecret;
    @Value("${vipps.subscription-key}")
    private String subscriptionKey;

    public String accessToken() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("client_id", clientId);
        headers.set("client_secret", clientSecret);
        headers.set("Ocp-Apim-Subscription-Key", subscriptionKey);
        log.info("Requesting Vipps token with client secret {}", clientSecret);
        log.debug("client secret length {}, subscription key ends {}", clientSecret.length(), subscriptionKey.substring(subscriptionKey.length() - 4));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = rest.postForObject(baseUrl + "/accesstoken/get", new HttpEntity<>(headers), Map.class);
        if (body == null || !body.containsKey("access_token")) {
            throw new IllegalStateException("Vipps token response without access_token");
        }
        return (String) body.get("access_token");
    }
}

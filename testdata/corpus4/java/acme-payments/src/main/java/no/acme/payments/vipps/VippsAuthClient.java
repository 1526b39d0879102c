package no.acme.payments.vipps;

import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

@Component
public class VippsAuthClient {

    private static final Logger log = LoggerFactory.getLogger(VippsAuthClient.class);

    private final RestTemplate restTemplate;
    private final String baseUrl;
    private final String clientId;
    private final String clientSecret;
    private final String subscriptionKey;
    private final String msn;

    private String token;
    private Instant expiresAt = Instant.EPOCH;

    public VippsAuthClient(RestTemplate restTemplate,
                           @Value("${vipps.base-url}") String baseUrl,
                           @Value("${vipps.client-id}") String clientId,
                           @Value("${vipps.client-secret}") String clientSecret,
                           @Value("${vipps.subscription-key}") String subscriptionKey,
                           @Value("${vipps.merchant-serial-number}") String msn) {
        this.restTemplate = restTemplate;
        this.baseUrl = baseUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.subscriptionKey = subscriptionKey;
        this.msn = msn;
        log.info("Vipps auth client for client_id={} msn={} (secret set: {})", clientId, msn, !clientSecret.isBlank());
        log.debug("Vipps client secret length {}, subscription key ****{}", clientSecret.length(),
                subscriptionKey.substring(subscriptionKey.length() - 4));
    }

    public synchronized String accessToken() {
        if (token != null && Instant.now().isBefore(expiresAt.minusSeconds(60))) {
            return token;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set("client_id", clientId);
        headers.set("client_secret", clientSecret);
        headers.set("Ocp-Apim-Subscription-Key", subscriptionKey);
        headers.set("Merchant-Serial-Number", msn);
        try {
            Map<?, ?> body = restTemplate.exchange(baseUrl + "/accesstoken/get", HttpMethod.POST,
                    new HttpEntity<>(headers), Map.class).getBody();
            token = (String) body.get("access_token");
            expiresAt = Instant.now().plusSeconds(Long.parseLong(String.valueOf(body.get("expires_in"))));
            log.debug("Got Vipps access token {}", token);
            return token;
        } catch (HttpStatusCodeException e) {
            log.error("Vipps token request failed: status={} clientSecret={}", e.getStatusCode(), clientSecret);
            System.out.println("Vipps subscription key used: " + subscriptionKey);
            throw e;
        }
    }
}

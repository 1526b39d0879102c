package no.abonnement.vipps;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class VippsClient {

    private static final Logger log = LoggerFactory.getLogger(VippsClient.class);

    private final RestClient rest;
    private final VippsTokenService tokens;
    private final String subscriptionKey;
    private final String merchantSerialNumber;

    public VippsClient(RestClient.Builder builder,
                       VippsTokenService tokens,
                       @Value("${vipps.base-url}") String baseUrl,
                       @Value("${vipps.subscription-key}") String subscriptionKey,
                       @Value("${vipps.merchant-serial-number}") String merchantSerialNumber) {
        this.rest = builder.baseUrl(baseUrl).build();
        this.tokens = tokens;
        this.subscriptionKey = subscriptionKey;
        this.merchantSerialNumber = merchantSerialNumber;
    }

    public Map<?, ?> createAgreement(String phoneNumber, long priceOre, String productName) {
        String idempotencyKey = UUID.randomUUID().toString();
        log.info("Creating Vipps agreement product={} idempotencyKey={}", productName, idempotencyKey);
        return rest.post()
                .uri("/recurring/v3/agreements")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + tokens.accessToken())
                .header("Ocp-Apim-Subscription-Key", subscriptionKey)
                .header("Merchant-Serial-Number", merchantSerialNumber)
                .header("Idempotency-Key", idempotencyKey)
                .body(Map.of(
                        "pricing", Map.of("type", "LEGACY", "amount", priceOre, "currency", "NOK"),
                        "interval", Map.of("unit", "MONTH", "count", 1),
                        "merchantRedirectUrl", "https://abonnement.example/vipps/ferdig",
                        "merchantAgreementUrl", "https://abonnement.example/min-side",
                        "phoneNumber", phoneNumber,
                        "productName", productName))
                .retrieve()
                .body(Map.class);
    }
}

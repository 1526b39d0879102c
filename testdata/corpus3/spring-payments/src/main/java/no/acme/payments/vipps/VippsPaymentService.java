package no.acme.payments.vipps;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class VippsPaymentService {

    private static final Logger log = LoggerFactory.getLogger(VippsPaymentService.class);

    private final RestTemplate rest;
    private final VippsTokenService tokens;

    @Value("${vipps.base-url}")
    private String baseUrl;

    @Value("${vipps.client-secret}")
    private String clientSecret;

    @Value("${vipps.subscription-key}")
    private String subscriptionKey;

    @Value("${vipps.merchant-serial-number}")
    private String merchantSerialNumber;

    public VippsPaymentService(RestTemplate rest, VippsTokenService tokens) {
        this.rest = rest;
        this.tokens = tokens;
    }

    public void logConfiguration() {
        log.info("Vipps configured: baseUrl={}, msn={}, secret set={}, secret length={}, subscription key={}",
                baseUrl, merchantSerialNumber, clientSecret != null, clientSecret == null ? 0 : clientSecret.length(),
                Redact.mask(subscriptionKey));
    }

    public Map<?, ?> createPayment(String reference, long amountOre, String returnUrl) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(tokens.accessToken());
        headers.set("Ocp-Apim-Subscription-Key", subscriptionKey);
        headers.set("Merchant-Serial-Number", merchantSerialNumber);
        headers.set("Idempotency-Key", UUID.randomUUID().toString());
        headers.set("Vipps-System-Name", "acme-payments");
        headers.set("Vipps-System-Version", "5.2.0");

        Map<String, Object> body = Map.of(
                "amount", Map.of("currency", "NOK", "value", amountOre),
                "paymentMethod", Map.of("type", "WALLET"),
                "reference", reference,
                "returnUrl", returnUrl,
                "userFlow", "WEB_REDIRECT");

        Map<?, ?> res = rest.postForObject(baseUrl + "/epayment/v1/payments", new HttpEntity<>(body, headers), Map.class);
        log.info("Vipps payment {} created (requestId={})", reference, headers.getFirst("Idempotency-Key"));
        return res;
    }
}

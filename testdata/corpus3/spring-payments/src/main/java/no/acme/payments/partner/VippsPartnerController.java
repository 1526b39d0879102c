package no.acme.payments.partner;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

/** Lets the partner back office act on a merchant's payments with Acme's partner keys. */
@RestController
@RequestMapping("/partner/vipps")
public class VippsPartnerController {

    private static final Logger log = LoggerFactory.getLogger(VippsPartnerController.class);

    private final RestTemplate rest;
    private final VippsPartnerTokenService tokens;

    @Value("${vipps.partner.subscription-key}")
    private String partnerSubscriptionKey;

    @Value("${vipps.partner.client-secret}")
    private String partnerClientSecret;

    @Value("${vipps.base-url:https://api.vipps.no}")
    private String baseUrl;

    public VippsPartnerController(RestTemplate rest, VippsPartnerTokenService tokens) {
        this.rest = rest;
        this.tokens = tokens;
    }

    @PostMapping("/payments/{reference}/capture")
    public ResponseEntity<Map> capture(@PathVariable String reference,
                                       @RequestBody CaptureRequest body,
                                       HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(tokens.accessToken());
        headers.set("Ocp-Apim-Subscription-Key", partnerSubscriptionKey);
        headers.set("Merchant-Serial-Number", request.getParameter("msn"));
        headers.set("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> payload = Map.of("modificationAmount", Map.of("currency", "NOK", "value", body.amountOre()));
        return rest.exchange(baseUrl + "/epayment/v1/payments/" + reference + "/capture",
                HttpMethod.POST, new HttpEntity<>(payload, headers), Map.class);
    }

    @GetMapping("/merchants/{msn}/payments/{reference}")
    public ResponseEntity<Map> details(@PathVariable("msn") String msn, @PathVariable String reference) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(tokens.accessToken());
        headers.set("Ocp-Apim-Subscription-Key", partnerSubscriptionKey);
        headers.set("Merchant-Serial-Number", msn);
        log.debug("Calling Vipps as partner with secret={} for msn={}", partnerClientSecret, msn);
        return rest.exchange(baseUrl + "/epayment/v1/payments/" + reference,
                HttpMethod.GET, new HttpEntity<>(headers), Map.class);
    }

    public record CaptureRequest(long amountOre) {}
}

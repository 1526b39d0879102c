package no.acme.payments.web;

import java.util.Map;
import java.util.UUID;

import no.acme.payments.shop.Shop;
import no.acme.payments.shop.ShopRepository;
import no.acme.payments.security.MerchantUser;
import no.acme.payments.vipps.VippsAuthClient;
import no.acme.payments.web.dto.CreatePaymentRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

@RestController
@RequestMapping("/api/vipps")
public class VippsPaymentController {

    private final RestTemplate restTemplate;
    private final VippsAuthClient auth;
    private final ShopRepository shops;
    private final String baseUrl;
    private final String subscriptionKey;
    private final String defaultMsn;

    public VippsPaymentController(RestTemplate restTemplate,
                                  VippsAuthClient auth,
                                  ShopRepository shops,
                                  @Value("${vipps.base-url}") String baseUrl,
                                  @Value("${vipps.subscription-key}") String subscriptionKey,
                                  @Value("${vipps.merchant-serial-number}") String defaultMsn) {
        this.restTemplate = restTemplate;
        this.auth = auth;
        this.shops = shops;
        this.baseUrl = baseUrl;
        this.subscriptionKey = subscriptionKey;
        this.defaultMsn = defaultMsn;
    }

    private HttpHeaders baseHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(auth.accessToken());
        headers.set("Ocp-Apim-Subscription-Key", subscriptionKey);
        return headers;
    }

    @PostMapping("/payments")
    public ResponseEntity<Map<String, Object>> create(@RequestBody CreatePaymentRequest request) {
        String reference = "spring-" + UUID.randomUUID();
        HttpHeaders headers = baseHeaders();
        headers.set("Merchant-Serial-Number", request.getMerchantSerialNumber());
        headers.set("Idempotency-Key", reference);
        Map<String, Object> body = Map.of(
                "amount", Map.of("currency", "NOK", "value", request.getAmount()),
                "paymentMethod", Map.of("type", "WALLET"),
                "reference", reference,
                "returnUrl", "https://shop.acme.no/checkout/" + reference,
                "userFlow", "WEB_REDIRECT");
        ResponseEntity<Map> response = restTemplate.exchange(
                baseUrl + "/epayment/v1/payments", HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
        return ResponseEntity.status(response.getStatusCode())
                .body(Map.of("reference", reference, "redirectUrl", response.getBody().get("redirectUrl")));
    }

    @GetMapping("/payments/{reference}")
    public Map<?, ?> status(@PathVariable String reference, @RequestParam("msn") String msn) {
        HttpHeaders headers = baseHeaders();
        headers.set("Merchant-Serial-Number", msn);
        return restTemplate.exchange(baseUrl + "/epayment/v1/payments/" + reference,
                HttpMethod.GET, new HttpEntity<>(headers), Map.class).getBody();
    }

    @PostMapping("/merchants/{msn}/payments/{reference}/capture")
    public ResponseEntity<Void> capture(@PathVariable("msn") String merchantSerialNumber,
                                        @PathVariable String reference,
                                        @RequestBody Map<String, Integer> body) {
        HttpHeaders headers = baseHeaders();
        headers.set("Merchant-Serial-Number", merchantSerialNumber);
        headers.set("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> capture = Map.of("modificationAmount", Map.of("currency", "NOK", "value", body.get("amount")));
        restTemplate.exchange(baseUrl + "/epayment/v1/payments/" + reference + "/capture",
                HttpMethod.POST, new HttpEntity<>(capture, headers), Void.class);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/payments/{reference}/cancel")
    public ResponseEntity<Void> cancel(@PathVariable String reference,
                                       @RequestHeader("X-Merchant-Serial-Number") String storeMsn) {
        HttpHeaders headers = baseHeaders();
        headers.set("Merchant-Serial-Number", storeMsn);
        headers.set("Idempotency-Key", UUID.randomUUID().toString());
        restTemplate.exchange(baseUrl + "/epayment/v1/payments/" + reference + "/cancel",
                HttpMethod.POST, new HttpEntity<>(headers), Void.class);
        return ResponseEntity.noContent().build();
    }

    // ---- authenticated merchants: MSN from the principal, a scoped lookup, or configuration ----

    @PostMapping("/me/payments/{reference}/refund")
    public ResponseEntity<Void> refund(@AuthenticationPrincipal MerchantUser user,
                                       @PathVariable String reference,
                                       @RequestBody Map<String, Integer> body) {
        HttpHeaders headers = baseHeaders();
        headers.set("Merchant-Serial-Number", user.getMerchantSerialNumber());
        headers.set("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> refund = Map.of("modificationAmount", Map.of("currency", "NOK", "value", body.get("amount")));
        restTemplate.exchange(baseUrl + "/epayment/v1/payments/" + reference + "/refund",
                HttpMethod.POST, new HttpEntity<>(refund, headers), Void.class);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me/shops/{shopId}/payments/{reference}")
    public Map<?, ?> shopPayment(@AuthenticationPrincipal MerchantUser user,
                                 @PathVariable long shopId,
                                 @PathVariable String reference) {
        Shop shop = shops.findByIdAndOwnerId(shopId, user.getId())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        HttpHeaders headers = baseHeaders();
        headers.set("Merchant-Serial-Number", shop.getVippsMsn());
        return restTemplate.exchange(baseUrl + "/epayment/v1/payments/" + reference,
                HttpMethod.GET, new HttpEntity<>(headers), Map.class).getBody();
    }

    @GetMapping("/payments/{reference}/events")
    public Object events(@PathVariable String reference) {
        HttpHeaders headers = baseHeaders();
        headers.set("Merchant-Serial-Number", defaultMsn);
        return restTemplate.exchange(baseUrl + "/epayment/v1/payments/" + reference + "/events",
                HttpMethod.GET, new HttpEntity<>(headers), Object.class).getBody();
    }
}

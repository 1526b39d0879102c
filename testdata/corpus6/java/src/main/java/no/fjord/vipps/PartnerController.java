package no.fjord.vipps;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
@RequestMapping("/partner")
public class PartnerController {
    private final RestTemplate rest = new RestTemplate();
    private final VippsClient vipps;

    @Value("${vipps.partner.subscription-key}")
    private String partnerSubscriptionKey;

    public PartnerController(VippsClient vipps) {
        this.vipps = vipps;
    }

    @PostMapping("/payments/{reference}/cancel")
    public ResponseEntity<String> cancel(@PathVariable String reference, @RequestParam String msn) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(vipps.accessToken());
        headers.set("Ocp-Apim-Subscription-Key", partnerSubscriptionKey);
        headers.set("Merchant-Serial-Number", msn);
        return rest.postForEntity("https://api.vipps.no/epayment/v1/payments/" + reference + "/cancel",
                new HttpEntity<>(Map.of(), headers), String.class);
    }

    @PostMapping("/my/payments/{reference}/capture")
    public ResponseEntity<String> capture(@PathVariable String reference, @AuthenticationPrincipal MerchantUser user,
                                          @RequestBody Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(vipps.accessToken());
        headers.set("Ocp-Apim-Subscription-Key", partnerSubscriptionKey);
        headers.set("Merchant-Serial-Number", user.getMerchantSerialNumber());
        headers.set("Idempotency-Key", reference + "-capture");
        return rest.postForEntity("https://api.vipps.no/epayment/v1/payments/" + reference + "/capture",
                new HttpEntity<>(Map.of("modificationAmount", body.get("amount")), headers), String.class);
    }
}

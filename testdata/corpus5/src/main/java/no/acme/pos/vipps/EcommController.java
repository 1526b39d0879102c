package no.acme.pos.vipps;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

@RestController
@RequestMapping("/vipps")
public class EcommController {

    private final RestClient vipps;
    private final VippsPartnerTokens tokens;

    public EcommController(RestClient.Builder builder, VippsPartnerTokens tokens) {
        this.vipps = builder.baseUrl("https://api.vipps.no").build();
        this.tokens = tokens;
    }

    @PostMapping("/initiate")
    public ResponseEntity<String> initiate(@RequestParam("msn") String msn, @RequestParam("orderId") String orderId,
                                           @RequestParam("amount") long amount) {
        Map<String, Object> merchantInfo = Map.of(
                "merchantSerialNumber", msn,
                "callbackPrefix", "https://pos.acme.example/vipps/callback",
                "fallBack", "https://pos.acme.example/vipps/fallback/" + orderId);
        Map<String, Object> body = Map.of(
                "merchantInfo", merchantInfo,
                "transaction", Map.of("orderId", orderId, "amount", amount, "transactionText", "Acme POS"));
        String result = vipps.post().uri("/ecomm/v2/payments")
                .header("Authorization", "Bearer " + tokens.get())
                .header("Ocp-Apim-Subscription-Key", tokens.subscriptionKey())
                .body(body)
                .retrieve()
                .body(String.class);
        return ResponseEntity.ok(result);
    }
}

package no.bokhandel.vipps;

import java.security.Principal;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;

/** Refunds for the shops in the chain. Staff may only act for shops they are assigned to. */
@RestController
public class MerchantRefundController {

    private final RestClient vipps;
    private final VippsProperties props;
    private final TokenClient tokens;
    private final StaffRepository staff;

    public MerchantRefundController(RestClient vipps, VippsProperties props, TokenClient tokens, StaffRepository staff) {
        this.vipps = vipps;
        this.props = props;
        this.tokens = tokens;
        this.staff = staff;
    }

    @PostMapping("/api/shops/{msn}/payments/{reference}/refund")
    public Map<String, Object> refund(@PathVariable String msn, @PathVariable String reference,
                                      @RequestBody RefundRequest body, Principal principal) {
        Set<String> allowed = staff.findShopMsnsForUser(principal.getName());
        if (!allowed.contains(msn)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "not your shop");
        }
        return vipps.post()
                .uri(props.getBaseUrl() + "/epayment/v1/payments/{ref}/refund", reference)
                .header("Authorization", "Bearer " + tokens.token().block())
                .header("Ocp-Apim-Subscription-Key", props.getSubscriptionKey())
                .header("Merchant-Serial-Number", msn)
                .header("Idempotency-Key", body.idempotencyKey())
                .body(Map.of("modificationAmount", Map.of("currency", "NOK", "value", body.amountOre())))
                .retrieve()
                .body(Map.class);
    }
}

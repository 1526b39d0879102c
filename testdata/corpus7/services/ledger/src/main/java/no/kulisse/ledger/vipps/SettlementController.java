package no.kulisse.ledger.vipps;

import java.util.Map;

import no.kulisse.ledger.auth.VenueUser;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class SettlementController {

    private static final String VIPPS = "https://api.vipps.no";

    private final RestTemplate rest;
    private final VippsTokenClient tokens;
    private final VippsProperties props;

    public SettlementController(RestTemplate rest, VippsTokenClient tokens, VippsProperties props) {
        this.rest = rest;
        this.tokens = tokens;
        this.props = props;
    }

    private HttpHeaders partnerHeaders(String msn) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(tokens.fetchToken());
        headers.set("Ocp-Apim-Subscription-Key", props.getSubscriptionKey());
        headers.set("Merchant-Serial-Number", msn);
        return headers;
    }

    /** Accounting export used by the venues' own bookkeeping systems. */
    @GetMapping("/api/venues/{msn}/payments/{reference}")
    public Map<?, ?> payment(@PathVariable("msn") String msn, @PathVariable String reference) {
        return rest.exchange(VIPPS + "/epayment/v1/payments/" + reference, HttpMethod.GET,
                new HttpEntity<>(partnerHeaders(msn)), Map.class).getBody();
    }

    /** Same data for the logged-in venue in the dashboard. */
    @GetMapping("/api/me/payments/{reference}")
    public Map<?, ?> myPayment(@AuthenticationPrincipal VenueUser user, @PathVariable String reference) {
        String msn = user.getVenue().getMerchantSerialNumber();
        return rest.exchange(VIPPS + "/epayment/v1/payments/" + reference, HttpMethod.GET,
                new HttpEntity<>(partnerHeaders(msn)), Map.class).getBody();
    }
}

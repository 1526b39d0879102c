package no.kulisse.ledger.vipps;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

/** Season-ticket renewals through Vipps Checkout. */
@RestController
public class CheckoutSessionController {

    private static final Logger log = LoggerFactory.getLogger(CheckoutSessionController.class);

    private final RestTemplate rest;
    private final VippsTokenClient tokens;
    private final VippsProperties props;

    public CheckoutSessionController(RestTemplate rest, VippsTokenClient tokens, VippsProperties props) {
        this.rest = rest;
        this.tokens = tokens;
        this.props = props;
    }

    @PostMapping("/api/season-tickets/{id}/checkout")
    public Map<String, Object> checkout(@PathVariable String id) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(tokens.fetchToken());
        headers.set("Ocp-Apim-Subscription-Key", props.getSubscriptionKey());
        @SuppressWarnings("unchecked")
        Map<String, Object> session = rest.exchange(props.getBaseUrl() + "/checkout/v3/session", HttpMethod.POST,
                new HttpEntity<>(Map.of("reference", "season-" + id), headers), Map.class).getBody();
        if (session == null) {
            throw new IllegalStateException("Vipps Checkout returned no session for season ticket " + id);
        }
        log.info("Checkout session for season ticket {}: token={}", id, session.get("token"));
        return Map.of("token", session.get("token"), "checkoutFrontendUrl", session.get("checkoutFrontendUrl"));
    }
}

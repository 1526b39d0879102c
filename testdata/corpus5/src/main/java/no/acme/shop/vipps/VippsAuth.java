package no.acme.shop.vipps;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class VippsAuth {
    private static final Logger log = LoggerFactory.getLogger(VippsAuth.class);

    @Value("${vipps.client-id}") private String clientId;
    @Value("${vipps.client-secret}") private String clientSecret;
    @Value("${vipps.subscription-key}") private String subscriptionKey;

    public void logStartup() {
        log.info("Vipps configured: client_id={} client_secret={} subscription_key={}", clientId, clientSecret, subscriptionKey);
    }
}

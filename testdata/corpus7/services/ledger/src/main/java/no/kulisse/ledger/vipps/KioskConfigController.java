package no.kulisse.ledger.vipps;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Config for the Android door-scanner app: it checks ticket payments against Vipps itself. */
@RestController
public class KioskConfigController {

    private static final Logger log = LoggerFactory.getLogger(KioskConfigController.class);

    private final VippsProperties vipps;

    public KioskConfigController(VippsProperties vipps) {
        this.vipps = vipps;
    }

    @GetMapping("/api/scanner/{deviceId}/config")
    public Map<String, String> scannerConfig(@PathVariable String deviceId) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("vippsBaseUrl", vipps.getBaseUrl());
        config.put("vippsSubscriptionKey", vipps.getSubscriptionKey());
        log.info("scanner {} fetched config, vipps={}", deviceId, vipps);
        return config;
    }
}

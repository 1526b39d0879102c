package no.fjord.vipps;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The kiosk web app asks for a token so that it can poll payment status itself. */
@RestController
public class TokenController {
    private final VippsClient vipps;

    public TokenController(VippsClient vipps) {
        this.vipps = vipps;
    }

    @GetMapping("/kiosk/vipps-token")
    public Map<String, String> token() {
        String accessToken = vipps.accessToken();
        return Map.of("accessToken", accessToken);
    }

    @GetMapping("/kiosk/vipps-status")
    public Map<String, Object> status() {
        return Map.of("configured", true, "environment", "production");
    }
}

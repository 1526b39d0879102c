package no.fjord.vipps;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {
        "vipps.client-id=test-client-id",
        "vipps.client-secret=test-client-secret",
        "vipps.subscription-key=test-subscription-key"})
class VippsClientTest {

    @Test
    void productionProfileUsesProductionHost() {
        assertThat(VippsEnvironment.PRODUCTION.baseUrl()).isEqualTo("https://api.vipps.no");
        assertThat(VippsEnvironment.TEST.baseUrl()).isEqualTo("https://apitest.vipps.no");
    }

    @Test
    void paymentResponseKeepsRedirectUrl() {
        stubFor(post("/epayment/v1/payments").willReturn(okJson(
                "{\"reference\":\"order-7\",\"redirectUrl\":\"https://api.vipps.no/dwo-api-application/v1/deeplink/vippsgateway?v=2&token=x\"}")));
        // ...
    }
}

package no.kulisse.ledger.vipps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

class VippsTokenClientTest {

    @Test
    void fetchesTokenFromProductionHost() {
        RestTemplate rest = new RestTemplate();
        MockRestServiceServer server = MockRestServiceServer.bindTo(rest).build();
        server.expect(requestTo("https://api.vipps.no/accesstoken/get"))
                .andExpect(header("client_secret", "test-secret"))
                .andRespond(withSuccess("{\"access_token\":\"stub\",\"expires_in\":\"3600\"}", MediaType.APPLICATION_JSON));

        VippsTokenClient client = new VippsTokenClient(rest, "https://api.vipps.no", "test-client", "test-secret", "test-key");

        assertThat(client.fetchToken()).isEqualTo("stub");
        System.out.println("token client ok against https://apitest.vipps.no and https://api.vipps.no");
    }
}

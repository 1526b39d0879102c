package no.acme.payments.vipps;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Recurring API v3 client built on java.net.http. */
@Component
public class VippsRecurringClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final VippsAuthClient auth;
    private final String baseUrl;
    private final String subscriptionKey;
    private final String msn;

    public VippsRecurringClient(VippsAuthClient auth,
                                @Value("${vipps.base-url}") String baseUrl,
                                @Value("${vipps.subscription-key}") String subscriptionKey,
                                @Value("${vipps.merchant-serial-number}") String msn) {
        this.auth = auth;
        this.baseUrl = baseUrl;
        this.subscriptionKey = subscriptionKey;
        this.msn = msn;
    }

    public String agreement(String agreementId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/recurring/v3/agreements/" + agreementId))
                .header("Authorization", "Bearer " + auth.accessToken())
                .header("Ocp-Apim-Subscription-Key", subscriptionKey)
                .header("Merchant-Serial-Number", msn)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String charges(String agreementId, String status) throws IOException, InterruptedException {
        URI uri = URI.create(baseUrl + "/recurring/v3/agreements/" + agreementId + "/charges?status="
                + URLEncoder.encode(status, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + auth.accessToken())
                .header("Ocp-Apim-Subscription-Key", subscriptionKey)
                .header("Merchant-Serial-Number", msn)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Variant used by the batch exporter running behind the header-stripping proxy. */
    public String agreementsForExport(String agreementStatus) throws IOException, InterruptedException {
        String token = auth.accessToken();
        URI uri = URI.create(baseUrl + "/recurring/v3/agreements?status=" + agreementStatus + "&access_token=" + token);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Ocp-Apim-Subscription-Key", subscriptionKey)
                .header("Merchant-Serial-Number", msn)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

package nl.samenspel.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notification-service's public API for the logged-in person's own party (their organisation or municipality,
 * taken from the token): webhook subscriptions with their deliveries, and the contact address for alert mails.
 */
@Component
public class NotificationApi {

    private static final String SUBSCRIPTION = "/webhook-subscriptions/{id}";

    /** The services' header for a request sent again (the kit's request log answers it with the first answer). */
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final RestClient http;

    NotificationApi(@Qualifier("notificationClient") RestClient http) {
        this.http = http;
    }

    public List<WebhookSubscription> subscriptions() {
        return http.get().uri("/webhook-subscriptions").retrieve().body(new ParameterizedTypeReference<>() {
        });
    }

    /**
     * Registers a subscription; the answer carries its signing secret, shown this once. The form's request key makes a
     * resent form (a reload of the answer page) get the first answer again instead of a second subscription.
     */
    public WebhookSecret register(String url, List<String> types, String requestKey) {
        return http.post().uri("/webhook-subscriptions").headers(headers -> idempotent(headers, requestKey))
                .contentType(MediaType.APPLICATION_JSON).body(request(url, types)).retrieve().body(WebhookSecret.class);
    }

    /** A new URL is verified again by the service before events go to it. */
    public void change(String id, String url, List<String> types) {
        http.put().uri(SUBSCRIPTION, id).contentType(MediaType.APPLICATION_JSON).body(request(url, types)).retrieve()
                .toBodilessEntity();
    }

    public void delete(String id) {
        http.delete().uri(SUBSCRIPTION, id).retrieve().toBodilessEntity();
    }

    /** The one-time code the receiver got in its verification event. */
    public void confirm(String id, String code) {
        post(SUBSCRIPTION + "/verification", id, Map.of("code", code));
    }

    /** A new handshake, or a new verification event with a new code. */
    public void verifyAgain(String id) {
        post(SUBSCRIPTION + "/verification-request", id, null);
    }

    /** A new signing secret, shown this once; the previous one signs too for the service's overlap. */
    public WebhookSecret rotateSecret(String id, String requestKey) {
        return http.post().uri(SUBSCRIPTION + "/secret-rotation", id).headers(headers -> idempotent(headers, requestKey))
                .retrieve().body(WebhookSecret.class);
    }

    private static void idempotent(HttpHeaders headers, String requestKey) {
        if (requestKey != null && !requestKey.isBlank()) {
            headers.set(IDEMPOTENCY_KEY, requestKey);
        }
    }

    public void sendTestEvent(String id) {
        post(SUBSCRIPTION + "/test-events", id, null);
    }

    /** The subscription's deliveries in one status, newest first. */
    public List<WebhookDelivery> deliveries(String id, String status, int limit) {
        return http.get().uri(SUBSCRIPTION + "/deliveries?status={status}&limit={limit}", id, status, limit).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    public void resend(String id, long delivery) {
        http.post().uri(SUBSCRIPTION + "/deliveries/{delivery}/resend", id, delivery).retrieve().toBodilessEntity();
    }

    /** Sends this subscription's failed deliveries created since the moment again; answers how many. */
    public int resendSince(String id, Instant since) {
        return http.post().uri(SUBSCRIPTION + "/deliveries/resend", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("since", since.toString())).retrieve().body(JsonNode.class).path("resent").asInt();
    }

    /** The party's alert address, if one is set. */
    public Optional<AlertContact> alertContact() {
        try {
            return Optional.ofNullable(http.get().uri("/alert-contact").retrieve().body(AlertContact.class));
        } catch (ApiProblem problem) {
            if (problem.status() == 404) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    /** Sets the address; the service mails it a code. */
    public void setAlertContact(String email) {
        http.put().uri("/alert-contact").contentType(MediaType.APPLICATION_JSON).body(Map.of("email", email)).retrieve()
                .toBodilessEntity();
    }

    public void verifyAlertContact(String code) {
        http.post().uri("/alert-contact/verification").contentType(MediaType.APPLICATION_JSON).body(Map.of("code", code))
                .retrieve().toBodilessEntity();
    }

    public void removeAlertContact() {
        http.delete().uri("/alert-contact").retrieve().toBodilessEntity();
    }

    private void post(String path, String id, Map<String, ?> body) {
        RestClient.RequestBodySpec request = http.post().uri(path, id).contentType(MediaType.APPLICATION_JSON);
        (body == null ? request : request.body(body)).retrieve().toBodilessEntity();
    }

    /** Without types chosen the subscription receives every type addressed to the party. */
    private static Map<String, Object> request(String url, List<String> types) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url == null ? "" : url);
        if (types != null && !types.isEmpty()) {
            body.put("types", types);
        }
        return body;
    }
}

package nl.samenspel.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The signalling-service's public API (monitoring reports, collective signals, signals), with the person's token. */
@Component
public class SignallingApi {

    private final RestClient http;

    SignallingApi(@Qualifier("signallingClient") RestClient http) {
        this.http = http;
    }

    /** The signal categories the network configured, in its order ({@code GET /signal-categories}). */
    public List<SignalCategory> signalCategories() {
        return http.get().uri("/signal-categories").retrieve().body(new ParameterizedTypeReference<>() {
        });
    }

    /** A municipality's report for a period ({@code 2026}, {@code 2026-Q1}, {@code 2026-03}) as JSON, after disclosure control. */
    public JsonNode report(String municipalityCode, String period) {
        return http.get().uri("/municipalities/{code}/reports/{period}", municipalityCode, period).retrieve().body(JsonNode.class);
    }

    public String reportCsv(String municipalityCode, String period) {
        return http.get().uri("/municipalities/{code}/reports/{period}/csv", municipalityCode, period)
                .accept(MediaType.valueOf("text/csv")).retrieve().body(String.class);
    }

    public List<PublishedReport> publishedReports(String municipalityCode) {
        return http.get().uri("/municipalities/{code}/published-reports", municipalityCode).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    public List<CollectiveSignal> collectiveSignals(String municipalityCode) {
        return http.get().uri("/municipalities/{code}/collective-signals", municipalityCode).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    public CollectiveSignal collectiveSignal(String municipalityCode, String id) {
        return http.get().uri("/municipalities/{code}/collective-signals/{id}", municipalityCode, id).retrieve()
                .body(CollectiveSignal.class);
    }

    /** Every collective signal of the network, for the coordinator. */
    public List<CollectiveSignal> allCollectiveSignals() {
        return http.get().uri("/collective-signals").retrieve().body(new ParameterizedTypeReference<>() {
        });
    }

    /** A collective signal as the coordinator reads it (any municipality's). */
    public CollectiveSignal collectiveSignal(String id) {
        return http.get().uri("/collective-signals/{id}", id).retrieve().body(CollectiveSignal.class);
    }

    public void acknowledge(String municipalityCode, String id) {
        http.post().uri("/municipalities/{code}/collective-signals/{id}/acknowledge", municipalityCode, id).retrieve().toBodilessEntity();
    }

    public void answer(String municipalityCode, String id, String answer, String plannedMeasure, LocalDate plannedDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answer", answer);
        body.put("plannedMeasure", plannedMeasure == null || plannedMeasure.isBlank() ? null : plannedMeasure);
        body.put("plannedDate", plannedDate);
        http.post().uri("/municipalities/{code}/collective-signals/{id}/answer", municipalityCode, id)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
    }

    /** The signals of the caller's own organisation (what its staff and supporters follow), newest first. */
    public List<Signal> signals() {
        return http.get().uri("/signals").retrieve().body(new ParameterizedTypeReference<>() {
        });
    }

    /** Files a signal (the body as the form gave it, the API validates); returns the new signal's id. */
    public String file(Map<String, Object> body) {
        JsonNode answer = http.post().uri("/signals").contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(JsonNode.class);
        return answer == null ? null : answer.path("signalId").asText(null);
    }

    public Signal signal(String signalId) {
        return http.get().uri("/signals/{id}", signalId).retrieve().body(Signal.class);
    }
}

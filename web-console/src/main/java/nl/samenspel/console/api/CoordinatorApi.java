package nl.samenspel.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The coordinator-service's public API, called with the logged-in person's token. */
@Component
public class CoordinatorApi {

    private static final ParameterizedTypeReference<List<CaseView>> CASES = new ParameterizedTypeReference<>() {
    };

    private final RestClient http;
    private final ObjectMapper json;

    CoordinatorApi(@Qualifier("coordinatorClient") RestClient http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    /** One section of the coordinator's work queue, e.g. {@code NEW}. */
    public List<CaseView> queue(String section) {
        return http.get().uri("/queue/{section}", section).retrieve().body(CASES);
    }

    /** The offers awaiting acceptance, with the organisations the notification-service could not reach. */
    public List<QueueOffer> offers() {
        return http.get().uri("/queue/offers").retrieve().body(new ParameterizedTypeReference<>() {
        });
    }

    public List<CaseView> inbox() {
        return http.get().uri("/inbox").retrieve().body(CASES);
    }

    public List<CaseView> organisationCases() {
        return http.get().uri("/organisation-cases").retrieve().body(CASES);
    }

    public List<CaseView> myCases() {
        return http.get().uri("/my-cases").retrieve().body(CASES);
    }

    public CaseView find(String reference) {
        return http.get().uri("/cases/{reference}", reference).retrieve().body(CaseView.class);
    }

    public List<TimelineEntry> timeline(String reference) {
        return http.get().uri("/cases/{reference}/timeline", reference).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    /**
     * The ranked candidates; the API answers a list, or an object with the list and the excluded supporters (their
     * reasons), which the page shows when present.
     */
    public Candidates candidates(String reference) {
        JsonNode answer = http.get().uri("/cases/{reference}/candidates?limit=10", reference).retrieve().body(JsonNode.class);
        JsonNode ranked = answer == null ? json.createArrayNode()
                : answer.isArray() ? answer : answer.has("candidates") ? answer.get("candidates") : answer.path("ranked");
        JsonNode excluded = answer == null || answer.isArray() ? json.createArrayNode() : answer.path("excluded");
        return new Candidates(json.convertValue(ranked, json.getTypeFactory().constructCollectionType(List.class, Candidate.class)),
                excluded.isMissingNode() ? List.of()
                        : json.convertValue(excluded, json.getTypeFactory().constructCollectionType(List.class, ExcludedSupporter.class)));
    }

    /** Opens a case; returns its reference. */
    public String open(Map<String, Object> body) {
        return post("/cases", body).path("caseReference").asText();
    }

    public void dispatch(String reference, String supporterId) {
        post("/cases/" + reference + "/dispatch", Map.of("supporterId", supporterId));
    }

    public void accept(String reference, String supporterId) {
        post("/cases/" + reference + "/accept", Map.of("supporterId", supporterId));
    }

    public void decline(String reference, String reason) {
        post("/cases/" + reference + "/decline", reasonBody(reason));
    }

    public void acceptHandover(String reference, String handoverId, String supporterId) {
        post("/cases/" + reference + "/handovers/" + handoverId + "/accept", Map.of("supporterId", supporterId));
    }

    public void declineHandover(String reference, String handoverId, String reason) {
        post("/cases/" + reference + "/handovers/" + handoverId + "/decline", reasonBody(reason));
    }

    /** The warm handover's summary; every read is in the audit log, with the reason given. */
    public HandoverSummary handoverSummary(String handoverId, String reason) {
        return http.get().uri("/handovers/{id}?reason={reason}", handoverId, reason).retrieve().body(HandoverSummary.class);
    }

    /** Minutes and day as the person typed them: the API checks them and explains a refusal. */
    public void logHours(String reference, String minutes, String workedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("minutes", minutes == null || minutes.isBlank() ? 0 : minutes.trim());
        body.put("workedOn", workedOn == null || workedOn.isBlank() ? null : workedOn);
        post("/cases/" + reference + "/hours", body);
    }

    public void recordConsent(String reference, String organisationId) {
        post("/cases/" + reference + "/consents", Map.of("organisationId", organisationId == null ? "" : organisationId));
    }

    public void withdrawConsent(String reference, String organisationId) {
        post("/cases/" + reference + "/consents/" + organisationId + "/withdrawal", null);
    }

    public void escalate(String reference) {
        post("/cases/" + reference + "/escalate", null);
    }

    public void raiseFlag(String reference, String flag, String legalDeadline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("flag", flag);
        body.put("legalDeadline", legalDeadline);
        post("/cases/" + reference + "/complexity-flags", body);
    }

    public void requestHandover(String reference, Map<String, Object> body) {
        post("/cases/" + reference + "/handovers", body);
    }

    public void close(String reference, String outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        post("/cases/" + reference + "/close", body);
    }

    public void reopen(String reference) {
        post("/cases/" + reference + "/reopen", null);
    }

    public void recordExperience(String reference, Map<String, Object> body) {
        post("/cases/" + reference + "/experience", body);
    }

    private static Map<String, Object> reasonBody(String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        return body;
    }

    private JsonNode post(String path, Object body) {
        RestClient.RequestBodySpec request = http.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        JsonNode answer = (body == null ? request : request.body(body)).retrieve().body(JsonNode.class);
        return answer == null ? json.createObjectNode() : answer;
    }
}

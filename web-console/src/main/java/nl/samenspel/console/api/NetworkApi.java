package nl.samenspel.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The network-service's public API (the directory), called with the logged-in person's token. */
@Component
public class NetworkApi {

    private static final int PAGE = 200;

    private final RestClient http;

    NetworkApi(@Qualifier("networkClient") RestClient http) {
        this.http = http;
    }

    public List<Organisation> organisations() {
        return http.get().uri("/organisations").retrieve().body(new ParameterizedTypeReference<>() {
        });
    }

    /** Organisation names by id, to show names where the APIs give ids. */
    public Map<String, String> organisationNames() {
        return organisations().stream().collect(Collectors.toMap(Organisation::organisationId, Organisation::name, (a, b) -> a));
    }

    /** Every supporter of the directory, page by page. */
    public List<Supporter> supporters() {
        List<Supporter> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            SupporterPage one = http.get().uri("/supporters?page={page}&size={size}", page, PAGE).retrieve().body(SupporterPage.class);
            all.addAll(one.items());
            if (one.items().size() < PAGE) {
                return all;
            }
        }
    }

    public List<Supporter> supportersOf(String organisationId) {
        return supporters().stream().filter(s -> s.organisationId().equals(organisationId)).toList();
    }

    /** Supporters by id. */
    public Map<String, Supporter> supportersById() {
        return supporters().stream().collect(Collectors.toMap(Supporter::supporterId, Function.identity()));
    }

    public Supporter supporter(String supporterId) {
        return http.get().uri("/supporters/{id}", supporterId).retrieve().body(SupporterDetail.class).supporter();
    }

    /** Registers a supporter ({@code POST /supporters}) with the body as the form gave it; answers the new id. */
    public String registerSupporter(Map<String, Object> body) {
        return http.post().uri("/supporters").contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(JsonNode.class).path("supporterId").asText();
    }

    /** Replaces a supporter's profile, capacity included ({@code PUT /supporters/{id}/profile}). */
    public void changeSupporterProfile(String supporterId, Map<String, Object> profile) {
        put("/supporters/{id}/profile", supporterId, profile);
    }

    /** Active, on leave (first and last day) or inactive ({@code PUT /supporters/{id}/availability}). */
    public void changeAvailability(String supporterId, Map<String, Object> availability) {
        put("/supporters/{id}/availability", supporterId, availability);
    }

    /** A renewed professional registration ({@code PUT /supporters/{id}/registration}). */
    public void renewRegistration(String supporterId, Map<String, Object> registration) {
        put("/supporters/{id}/registration", supporterId, registration);
    }

    private void put(String path, String supporterId, Map<String, Object> body) {
        http.put().uri(path, supporterId).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
    }

    /** The region's municipalities, as configured in the network-service. */
    public Region region() {
        return http.get().uri("/region").retrieve().body(Region.class);
    }

    /** The coverage matrix of one municipality (a municipality's adviser: their own). */
    public List<CoverageCell> coverage(String municipalityCode) {
        return http.get().uri("/coverage?municipality={code}", municipalityCode).retrieve().body(new ParameterizedTypeReference<>() {
        });
    }

    /** The coordinator decides on an organisation: {@code admission}, {@code rejection}, {@code suspension},
     * {@code reinstatement}, {@code departure} or {@code removal}; the reason as typed where the API asks one. */
    public void decideOnOrganisation(String organisationId, String decision, String reason) {
        RestClient.RequestBodySpec request = http.post().uri("/organisations/{id}/{decision}", organisationId, decision)
                .contentType(MediaType.APPLICATION_JSON);
        (reason == null ? request : request.body(Map.of("reason", reason))).retrieve()
                .toBodilessEntity();
    }
}

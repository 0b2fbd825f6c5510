package nl.samenspel.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The administrator's operations endpoints, the same in every service ({@code /operations/**} of the kit), and the
 * coordinator-service's audit log. Answers are kept as JSON: these are operators' views, shown field by field.
 */
@Component
public class OperationsApi {

    /** The services by the name the pages use, in the order they are shown. */
    private final Map<String, RestClient> services = new LinkedHashMap<>();

    OperationsApi(@Qualifier("networkClient") RestClient network, @Qualifier("coordinatorClient") RestClient coordinator,
                  @Qualifier("signallingClient") RestClient signalling) {
        services.put("network", network);
        services.put("coordinator", coordinator);
        services.put("signalling", signalling);
    }

    public List<String> serviceNames() {
        return List.copyOf(services.keySet());
    }

    public JsonNode deadLetters(String service) {
        return service(service).get().uri("/operations/kafka-dead-letters").retrieve().body(JsonNode.class);
    }

    public JsonNode retry(String service, long id) {
        return service(service).post().uri("/operations/kafka-dead-letters/{id}/retry", id).retrieve().body(JsonNode.class);
    }

    public JsonNode retryAll(String service) {
        return service(service).post().uri("/operations/kafka-dead-letters/retry").retrieve().body(JsonNode.class);
    }

    public JsonNode processors(String service) {
        return service(service).get().uri("/operations/event-processors").retrieve().body(JsonNode.class);
    }

    public JsonNode replay(String service, String processor) {
        return service(service).post().uri("/operations/event-processors/{name}/replay", processor).retrieve().body(JsonNode.class);
    }

    /** Audit entries of the coordinator-service; an empty filter means "any". */
    public JsonNode audit(AuditFilter filter) {
        return service("coordinator").get().uri(builder -> filter.apply(builder.path("/audit"))).retrieve().body(JsonNode.class);
    }

    public String auditCsv(AuditFilter filter) {
        return service("coordinator").get().uri(builder -> filter.apply(builder.path("/audit/export")))
                .accept(MediaType.valueOf("text/csv")).retrieve().body(String.class);
    }

    /** What the Kafka access rules grant: the services' logins, and each organisation's and municipality's topics. */
    public JsonNode kafkaAccess() {
        return service("network").get().uri("/operations/kafka-access").retrieve().body(JsonNode.class);
    }

    /** The vault's master keys: the current one, every configured one, how many data keys each wraps, problems. */
    public JsonNode masterKeys() {
        return service("coordinator").get().uri("/operations/vault/master-keys").retrieve().body(JsonNode.class);
    }

    /** Rewraps every resident's data key under the current master key; safe to repeat. */
    public JsonNode rewrap() {
        return service("coordinator").post().uri("/operations/vault/rewrap").retrieve().body(JsonNode.class);
    }

    /** Crypto-shredding: the resident's details and data key are destroyed; the reason goes into the audit log. */
    public void erase(String pseudonym, String reason) {
        service("coordinator").delete().uri(builder -> builder.path("/residents/{pseudonym}/personal-details")
                .queryParam("reason", "{reason}").build(pseudonym, reason)).retrieve().toBodilessEntity();
    }

    private RestClient service(String name) {
        RestClient client = services.get(name);
        if (client == null) {
            throw new ApiProblem(404, "", "No service " + name + ".", Map.of());
        }
        return client;
    }

    /** The audit log's filters as the form gives them (blank: any). */
    public record AuditFilter(String pseudonym, String actor, String from, String to) implements Function<UriBuilder, URI> {

        @Override
        public URI apply(UriBuilder builder) {
            param(builder, "pseudonym", pseudonym);
            param(builder, "actor", actor);
            param(builder, "from", from);
            param(builder, "to", to);
            return builder.build();
        }

        private static void param(UriBuilder builder, String name, String value) {
            if (value != null && !value.isBlank()) {
                builder.queryParam(name, value.strip());
            }
        }
    }
}

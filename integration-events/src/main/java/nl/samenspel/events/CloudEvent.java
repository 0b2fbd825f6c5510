package nl.samenspel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;

/**
 * The envelope of every Kafka record Samenspel publishes: a CloudEvents 1.0 event in structured JSON mode
 * (the whole record value is this JSON object; the record key is the {@link #subject()}).
 *
 * <p>Read {@link #type()} first, then turn {@link #data()} into the record that type names, for example with
 * {@link IntegrationEvents#dataOf(CloudEvent)}. Unknown attributes and unknown fields inside {@code data}
 * must be ignored: the contract only ever gains optional fields; a breaking change gets a new {@code .v2} type.
 *
 * @param specversion     always {@code "1.0"}
 * @param id              unique per fact: the id of the event in the producing service's event store.
 *                        A consumer that sees the same id twice must act only once (delivery is at least once).
 * @param source          the producing service, e.g. {@code "/samenspel/network-service"}
 * @param type            the fact and its version, e.g. {@code "nl.samenspel.network.organisation-admitted.v1"}
 * @param subject         what the fact is about (an organisation id, a case reference); also the Kafka key,
 *                        so facts about one subject arrive in the order they happened
 * @param time            when the fact happened (UTC)
 * @param datacontenttype always {@code "application/json"}
 * @param correlationid   CloudEvents extension attribute: the id of the request that caused the fact,
 *                        for tracing across services; may be absent
 * @param data            the fact itself (one of the records in this module), as JSON
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(
        @JsonProperty("specversion") String specversion,
        @JsonProperty("id") String id,
        @JsonProperty("source") String source,
        @JsonProperty("type") String type,
        @JsonProperty("subject") String subject,
        @JsonProperty("time") Instant time,
        @JsonProperty("datacontenttype") String datacontenttype,
        @JsonProperty("correlationid") String correlationid,
        @JsonProperty("data") JsonNode data) {

    /** The only CloudEvents version this contract uses. */
    public static final String SPEC_VERSION = "1.0";
    /** The only content type of {@link #data()}. */
    public static final String JSON = "application/json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
    }
}

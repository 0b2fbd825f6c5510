package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a case's ownership from its event stream, the one place that says who held the case at every moment. */
final class CaseOwnership {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseOwnership() {
    }

    /**
     * Walks the case's events in order: an offer is accepted at most once, a handover starts from and is accepted
     * from the current owner, and no second offer or handover opens while one is pending (or once the case is owned).
     *
     * @param eventTable the event store table, schema-qualified where the case lives in another schema
     * @return the last owner (a supporter id), or {@code null} while nobody accepted the case
     */
    static String lastOwner(JdbcTemplate jdbc, String eventTable, String reference) {
        String owner = null;
        boolean offerPending = false;
        boolean handoverPending = false;
        for (Map<String, Object> row : jdbc.queryForList("select payloadtype, convert_from(payload, 'UTF8') as payload from "
                + eventTable + " where aggregateidentifier = ? order by sequencenumber", reference)) {
            JsonNode event = parse((String) row.get("payload"));
            String type = ((String) row.get("payloadtype")).replaceFirst(".*\\.", "");
            switch (type) {
                case "CaseDispatchedEvent" -> {
                    assertThat(offerPending || owner != null).as("second offer or offer of an owned case").isFalse();
                    offerPending = true;
                }
                case "OfferExpiredEvent", "OfferDeclinedEvent", "OfferWithdrawnEvent" -> {
                    assertThat(offerPending).as("an offer ended that was not pending").isTrue();
                    offerPending = false;
                }
                case "CaseAcceptedEvent" -> {
                    assertThat(offerPending && owner == null).as("acceptance without a pending offer").isTrue();
                    owner = event.path("supporterId").asText();
                    offerPending = false;
                }
                case "HandoverRequestedEvent" -> {
                    assertThat(handoverPending).as("second handover while one is pending").isFalse();
                    assertThat(event.path("fromSupporterId").asText()).isEqualTo(owner);
                    handoverPending = true;
                }
                case "HandoverAcceptedEvent" -> {
                    assertThat(handoverPending).as("handover accepted twice").isTrue();
                    assertThat(event.path("fromSupporterId").asText()).isEqualTo(owner);
                    owner = event.path("toSupporterId").asText();
                    handoverPending = false;
                }
                case "HandoverDeclinedEvent" -> {
                    assertThat(handoverPending).as("handover answered twice").isTrue();
                    handoverPending = false;
                }
                default -> {
                }
            }
        }
        return owner;
    }

    private static JsonNode parse(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

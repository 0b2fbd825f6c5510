package nl.samenspel.coordinator.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Moves revision-1 events, whose free text was plaintext, to revision 2, where it is sealed under the resident's key.
 * An upcaster cannot seal (it has no key and must stay pure), so the old text is replaced by a sealed value under a
 * key that never exists: it reads as erased, and a warm handover stays warm. The plaintext itself stays in the old
 * rows until they are rewritten (see the README, "Personal data, erasure and audit").
 */
@Component
class SealedFreeTextUpcaster extends SingleEventUpcaster {

    /** The key id of text recorded before the vault existed; no such key is ever created. */
    static final String BEFORE_THE_VAULT = "before-the-vault";

    private static final Map<String, String> FIELDS = Map.of(
            HandoverRequestedEvent.class.getTypeName(), "summary",
            ExperienceRecordedEvent.class.getTypeName(), "improvementPoints");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return "1".equals(representation.getType().getRevision()) && FIELDS.containsKey(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        return representation.upcastPayload(new SimpleSerializedType(type, "2"), JsonNode.class, payload -> {
            String field = FIELDS.get(type);
            if (payload.hasNonNull(field)) {
                ((ObjectNode) payload).putObject(field).put("keyId", BEFORE_THE_VAULT).put("ciphertext", "");
            }
            return payload;
        });
    }
}

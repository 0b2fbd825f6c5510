package nl.samenspel.coordinator.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/** Moves a stored {@link OfferDeclinedEvent} of revision 1 ({@code reason}) to revision 2 ({@code declineReason}). */
@Component
class OfferDeclinedEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(OfferDeclinedEvent.class.getTypeName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(OfferDeclinedEvent.class.getTypeName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return REVISION_1.equals(event.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode fields = (ObjectNode) payload;
            fields.set("declineReason", fields.remove("reason"));
            return fields;
        });
    }
}

package nl.samenspel.kit.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Serializes aggregate snapshots by their fields. Aggregates keep their state in private fields without getters, so
 * the general serializer (which goes by getters) would store an empty snapshot. An aggregate that opts into snapshots
 * carries {@code @Revision}; raise it when its fields change, and Axon ignores the older snapshots.
 */
public final class SnapshotSerializer {

    private SnapshotSerializer() {
    }

    /** The general Jackson serializer's mapper, reading and writing fields only (revisions from {@code @Revision}); any other serializer as it is. */
    public static Serializer of(Serializer general) {
        if (!(general instanceof JacksonSerializer jackson)) {
            return general;
        }
        ObjectMapper fields = jackson.getObjectMapper().copy()
                .setVisibility(PropertyAccessor.GETTER, Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                .setVisibility(PropertyAccessor.SETTER, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(fields).build();
    }
}

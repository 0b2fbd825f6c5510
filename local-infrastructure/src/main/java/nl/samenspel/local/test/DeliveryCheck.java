package nl.samenspel.local.test;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What an outside subscriber sees on a topic, compared with what the event store committed: per key every event
 * arrives, in commit order, and a record seen twice carries the same event id (so a consumer that drops duplicates
 * by id acts once).
 */
public final class DeliveryCheck {

    private DeliveryCheck() {
    }

    /**
     * Reads {@code topic} from the beginning until every committed id arrived for its key (or 60 s passed) and fails
     * unless, per key, the distinct ids in order of first arrival are exactly the committed ids.
     *
     * @param committedIdsByKey per record key, the ids of the committed events that must be published, in order
     * @param idOf              reads the event id from a record's value
     * @return how many records repeated an id already seen (at-least-once delivery at work)
     */
    public static int assertDeliveredInOrder(String bootstrapServers, String topic, Map<String, List<String>> committedIdsByKey,
                                             Function<String, String> idOf) {
        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrapServers, topic,
                record -> committedIdsByKey.containsKey(record.key()),
                found -> committedIdsByKey.entrySet().stream()
                        .allMatch(key -> distinctIds(found, key.getKey(), idOf).containsAll(key.getValue())),
                Duration.ofSeconds(60));
        int arrived = 0;
        for (Map.Entry<String, List<String>> key : committedIdsByKey.entrySet()) {
            List<String> ids = new ArrayList<>(distinctIds(records, key.getKey(), idOf));
            if (!ids.equals(key.getValue())) {
                throw new AssertionError("On " + topic + " for key " + key.getKey() + ": expected exactly the committed events "
                        + key.getValue() + " in that order, but " + ids + " arrived");
            }
            arrived += ids.size();
        }
        return records.size() - arrived;
    }

    private static Set<String> distinctIds(List<ConsumerRecord<String, String>> records, String key,
                                           Function<String, String> idOf) {
        Set<String> ids = new LinkedHashSet<>();
        records.stream().filter(record -> key.equals(record.key())).forEach(record -> ids.add(idOf.apply(record.value())));
        return ids;
    }
}

package nl.samenspel.platform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.network.NetworkApplication;
import nl.samenspel.signalling.SignallingApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.dao.DataAccessException;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static nl.samenspel.platform.faults.FaultPlatform.send;
import static nl.samenspel.platform.faults.FaultPlatform.sql;

/**
 * What the soak reads from the running platform, as an operator would: tracking processors' lag (event store head
 * minus token), Kafka consumer groups' lag (end offset minus committed offset), topics' end offsets, Hikari pools,
 * and, when the server loads {@code pg_stat_statements}, the statements that cost the most since the last look.
 */
final class SoakGauges {

    static final List<String> SCHEMAS = List.of("network", "coordinator", "signalling");
    static final Map<String, Class<?>> SERVICES = Map.of("network", NetworkApplication.class,
            "coordinator", CoordinatorApplication.class, "signalling", SignallingApplication.class);

    private final Admin kafka;
    private final boolean statementStats;

    SoakGauges(Admin kafka) {
        this.kafka = kafka;
        this.statementStats = enableStatementStats();
    }

    /** Per processor: the event store's last global index minus the position in the processor's token. */
    Map<String, Long> processorLags() throws IOException {
        Map<String, Long> lags = new TreeMap<>();
        for (String schema : SCHEMAS) {
            for (Map<String, Object> row : sql().queryForList("select processorname, segment, convert_from(token, 'UTF8') as token,"
                    + " (select coalesce(max(globalindex), 0) from " + schema + ".domainevententry) as head from "
                    + schema + ".tokenentry where token is not null")) {
                long position = position(FaultPlatform.JSON.readTree((String) row.get("token")));
                lags.put(schema + "/" + row.get("processorname") + "/" + row.get("segment"), (Long) row.get("head") - position);
            }
        }
        return lags;
    }

    /** The position in a serialized tracking token: gap-aware ("index"), global-sequence or wrapped (replay). */
    private static long position(JsonNode token) {
        if (token.has("index")) {
            return token.path("index").asLong();
        }
        if (token.has("globalIndex")) {
            return token.path("globalIndex").asLong();
        }
        return token.has("currentToken") ? position(token.path("currentToken")) : 0;
    }

    /** Per topic: the sum of its partitions' end offsets (records ever written). */
    Map<String, Long> endOffsets() throws Exception {
        Map<String, Long> offsets = new TreeMap<>();
        endOffsetsByPartition().forEach((partition, offset) -> offsets.merge(partition.topic(), offset, Long::sum));
        return offsets;
    }

    private Map<TopicPartition, Long> endOffsetsByPartition() throws Exception {
        var topics = kafka.listTopics().names().get().stream().filter(t -> !t.startsWith("__")).collect(Collectors.toSet());
        var partitions = kafka.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        return kafka.listOffsets(partitions).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /**
     * Per consumer group: records on its partitions it has not committed yet. A Kafka consumer's backlog is not in
     * {@code tokenentry}, so without this a consumer that falls behind would look flat.
     */
    Map<String, Long> consumerLags() throws Exception {
        Map<TopicPartition, Long> ends = endOffsetsByPartition();
        Map<String, Long> lags = new TreeMap<>();
        for (var group : kafka.listConsumerGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            long lag = committed.entrySet().stream().filter(e -> e.getValue() != null && ends.containsKey(e.getKey()))
                    .mapToLong(e -> ends.get(e.getKey()) - e.getValue().offset()).sum();
            lags.put(group.groupId(), lag);
        }
        return lags;
    }

    static String metric(Class<?> service, String name) {
        try {
            return FaultPlatform.JSON.readTree(send(service, "GET", "/actuator/metrics/" + name, null, FaultPlatform.administrator()).body())
                    .path("measurements").path(0).path("value").asText("0");
        } catch (IOException unreadable) {
            return "0";
        }
    }

    /**
     * The {@code limit} statements with the most execution time since the previous call (then resets the counters),
     * as lines "calls, mean ms, rows per call, statement"; empty when the server has no {@code pg_stat_statements}.
     */
    List<String> costliestStatements(int limit) {
        if (!statementStats) {
            return List.of();
        }
        List<String> lines = sql().query("""
                select calls, total_exec_time / calls as mean_ms, rows / calls as rows_per_call,
                       regexp_replace(query, '\\s+', ' ', 'g') as query
                from pg_stat_statements where calls > 0 and query not like '%pg_stat_statements%'
                order by total_exec_time desc limit ?""",
                (rs, n) -> "calls=%d mean=%.3fms rows/call=%d total=%.0fms %s".formatted(rs.getLong("calls"),
                        rs.getDouble("mean_ms"), rs.getLong("rows_per_call"), rs.getLong("calls") * rs.getDouble("mean_ms"),
                        abbreviate(rs.getString("query"))), limit);
        sql().execute("select pg_stat_statements_reset()");
        return lines;
    }

    private static String abbreviate(String query) {
        return query.length() <= 160 ? query : query.substring(0, 160) + "...";
    }

    /** The extension is there only when PostgreSQL was started with it preloaded (see {@code LocalPostgres}). */
    private static boolean enableStatementStats() {
        try {
            sql().execute("create extension if not exists pg_stat_statements");
            sql().execute("select pg_stat_statements_reset()");
            return true;
        } catch (DataAccessException notPreloaded) {
            System.out.println("SOAK-SQL no statement statistics: " + notPreloaded.getMostSpecificCause().getMessage());
            return false;
        }
    }
}

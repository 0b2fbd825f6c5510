package nl.samenspel.benchmarks.cpu;

import java.util.List;

/** What a thread of the benchmark's JVM works on, told by its name (the threads' names are the libraries' own). */
public enum Work {

    REQUESTS("HTTP requests (the services' and the token issuer's request threads)", List.of("http-nio")),
    EVENT_PROCESSORS("Axon event processors (projections, publishers, sagas)", List.of("EventProcessor[", "EmbeddedEventStore")),
    KAFKA_CONSUMERS("the services' Kafka listeners", List.of("org.springframework.kafka.KafkaListenerEndpointContainer")),
    KAFKA_CLIENTS("the services' Kafka producers and admin clients",
            List.of("kafka-producer-network-thread", "kafka-admin-client-thread", "kafka-coordinator-heartbeat-thread")),
    KAFKA_BROKER("the in-process Kafka broker", List.of("data-plane-kafka", "kafka-", "quorum-controller", "broker-",
            "controller-", "ExpirationReaper", "LogDirFailureHandler", "group-coordinator", "transaction-")),
    BENCHMARK_CLIENTS("the benchmark's clients and probe", List.of("benchmark-", "HttpClient-")),
    OTHER_THREADS("other Java threads", List.of()),
    JVM_ITSELF("the JVM itself (JIT compiler, garbage collector) and ended threads", List.of());

    private final String description;
    private final List<String> namePrefixes;

    Work(String description, List<String> namePrefixes) {
        this.description = description;
        this.namePrefixes = namePrefixes;
    }

    public String description() {
        return description;
    }

    /** The work of a live Java thread called {@code threadName}. */
    static Work of(String threadName) {
        for (Work work : values()) {
            if (work.namePrefixes.stream().anyMatch(threadName::startsWith)) {
                return work;
            }
        }
        return OTHER_THREADS;
    }
}

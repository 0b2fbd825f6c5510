package nl.samenspel.local;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A real Kafka cluster of several nodes in this JVM, each a {@link LocalKafkaBroker} in KRaft combined mode (broker
 * and controller) and all of them voters of one controller quorum, as a production cluster of three runs. Any one
 * node can be stopped and started again on its port and data folder while the others keep the quorum.
 */
public final class LocalKafkaCluster implements AutoCloseable {

    private final List<LocalKafkaBroker> nodes;

    private LocalKafkaCluster(List<LocalKafkaBroker> nodes) {
        this.nodes = nodes;
    }

    /** Starts {@code size} nodes on free ports in throw-away folders; returns when every one accepts connections. */
    public static LocalKafkaCluster start(int size) {
        try {
            Path root = Files.createTempDirectory("samenspel-kafka-cluster");
            List<Integer> ports = IntStream.range(0, size).mapToObj(i -> FreePorts.next()).toList();
            List<Integer> controllerPorts = IntStream.range(0, size).mapToObj(i -> FreePorts.next()).toList();
            String voters = IntStream.range(0, size)
                    .mapToObj(i -> (i + 1) + "@127.0.0.1:" + controllerPorts.get(i)).collect(Collectors.joining(","));
            String clusterId = Uuid.randomUuid().toString();
            List<LocalKafkaBroker> nodes = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                nodes.add(LocalKafkaBroker.clusterNode(i + 1, ports.get(i), controllerPorts.get(i),
                        root.resolve("node-" + (i + 1)), voters, clusterId, size));
            }
            // A node's start waits for the controller quorum, which needs a majority of the nodes: start them together.
            onEveryNodeAtOnce(nodes, LocalKafkaBroker::start);
            return new LocalKafkaCluster(nodes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node with this id (1 to size). */
    public LocalKafkaBroker node(int nodeId) {
        return nodes.get(nodeId - 1);
    }

    /** Every node's client address, as a client configured for the whole cluster lists them. */
    public String bootstrapServers() {
        return nodes.stream().map(LocalKafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    @Override
    public void close() {
        // Together: a node stopped alone after the others would wait for a quorum that is gone.
        onEveryNodeAtOnce(nodes, LocalKafkaBroker::stop);
    }

    /** A thread per node, so that every node waits for the others at the same time however few cores there are. */
    private static void onEveryNodeAtOnce(List<LocalKafkaBroker> nodes, Consumer<LocalKafkaBroker> action) {
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            CompletableFuture.allOf(nodes.stream().map(node -> CompletableFuture.runAsync(() -> action.accept(node), threads))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            threads.shutdown();
        }
    }
}

package nl.samenspel.local;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in this JVM on a fixed
 * port. It can be stopped and started again on the same port and data folder, which is how tests simulate a
 * broker outage.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;

    private final int port;
    private final int controllerPort;
    private final Path dataFolder;
    private KafkaRaftServer server;

    private LocalKafkaBroker(int port, int controllerPort, Path dataFolder) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataFolder = dataFolder;
    }

    /**
     * Creates (without starting) a broker.
     *
     * @param port       the client port, 0 for any free port
     * @param dataFolder where to keep logs across restarts, or {@code null} for a throw-away folder
     */
    public static LocalKafkaBroker create(int port, Path dataFolder) {
        try {
            Path folder = dataFolder != null ? dataFolder : Files.createTempDirectory("samenspel-kafka");
            Files.createDirectories(folder);
            return new LocalKafkaBroker(port > 0 ? port : freePort(), freePort(), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the broker, formatting its storage on first use; returns when it accepts connections. */
    public synchronized LocalKafkaBroker start() {
        if (server != null) {
            return this;
        }
        KafkaConfig config = new KafkaConfig(properties(), false);
        formatStorageIfNew();
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return this;
    }

    /** Stops the broker, keeping its data, as a crash or maintenance of the broker would. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataFolder.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.retention.hours", "-1");
        return p;
    }

    private void formatStorageIfNew() {
        if (Files.exists(dataFolder.resolve("meta.properties"))) {
            return;
        }
        try (PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream())) {
            new Formatter()
                    .setPrintStream(quiet)
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .addDirectory(dataFolder.toString())
                    .setMetadataLogDirectory(dataFolder.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka storage in " + dataFolder, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

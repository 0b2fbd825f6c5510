package nl.samenspel.local;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in this JVM on a fixed
 * port. It can be stopped and started again on the same port and data folder, which is how tests simulate a
 * broker outage.
 * <p>
 * By default clients connect over PLAINTEXT without credentials. {@link #createWithScram} starts it the way
 * production runs Kafka instead: clients authenticate with SASL/SCRAM-SHA-512 and {@code StandardAuthorizer}
 * grants them only what ACLs allow; {@value #ADMIN} is the super user (the broker itself and whoever manages
 * users and ACLs).
 * <p>
 * A node of a {@link LocalKafkaCluster} is the same broker with its own node id among the cluster's controller voters.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    /** The super user of a broker started with {@link #createWithScram}. */
    public static final String ADMIN = "admin";
    /** The only SASL mechanism clients may use on a broker started with {@link #createWithScram}. */
    public static final String SCRAM_SHA_512 = "SCRAM-SHA-512";

    private static final int NODE_ID = 1;

    private final int nodeId;
    private final int port;
    private final int controllerPort;
    private final Path dataFolder;
    private final String adminPassword;
    /** The controller quorum, {@code id@host:port,...}; just this node when it runs alone. */
    private final String quorumVoters;
    private final String clusterId;
    private final int clusterSize;
    private KafkaRaftServer server;

    private LocalKafkaBroker(int nodeId, int port, int controllerPort, Path dataFolder, String adminPassword,
                             String quorumVoters, String clusterId, int clusterSize) {
        this.nodeId = nodeId;
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataFolder = dataFolder;
        this.adminPassword = adminPassword;
        this.quorumVoters = quorumVoters;
        this.clusterId = clusterId;
        this.clusterSize = clusterSize;
    }

    /**
     * Creates (without starting) a broker.
     *
     * @param port       the client port, 0 for any free port
     * @param dataFolder where to keep logs across restarts, or {@code null} for a throw-away folder
     */
    public static LocalKafkaBroker create(int port, Path dataFolder) {
        return create(port, dataFolder, null);
    }

    /**
     * Creates (without starting) a broker whose one client listener is SASL_PLAINTEXT with SCRAM-SHA-512 and
     * whose authorizer is {@code StandardAuthorizer}: nobody but {@value #ADMIN} may do anything without an ACL.
     * The admin's SCRAM credential is written when the storage is formatted; create other users with
     * {@code Admin.alterUserScramCredentials} using {@link #adminProperties()}.
     *
     * @param adminPassword the password of {@value #ADMIN}
     */
    public static LocalKafkaBroker createWithScram(int port, Path dataFolder, String adminPassword) {
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new IllegalArgumentException("A SCRAM broker needs an admin password");
        }
        return create(port, dataFolder, adminPassword);
    }

    private static LocalKafkaBroker create(int port, Path dataFolder, String adminPassword) {
        try {
            Path folder = dataFolder != null ? dataFolder : Files.createTempDirectory("samenspel-kafka");
            Files.createDirectories(folder);
            int controllerPort = FreePorts.next();
            return new LocalKafkaBroker(NODE_ID, port > 0 ? port : FreePorts.next(), controllerPort, folder, adminPassword,
                    NODE_ID + "@127.0.0.1:" + controllerPort, Uuid.randomUuid().toString(), 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A node of a cluster of {@code clusterSize} combined nodes that all vote in {@code quorumVoters}. */
    static LocalKafkaBroker clusterNode(int nodeId, int port, int controllerPort, Path dataFolder, String quorumVoters,
                                        String clusterId, int clusterSize) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LocalKafkaBroker(nodeId, port, controllerPort, dataFolder, null, quorumVoters, clusterId, clusterSize);
    }

    /** Starts the broker, formatting its storage on first use; returns when it accepts connections. */
    public synchronized LocalKafkaBroker start() {
        if (server != null) {
            return this;
        }
        failInsteadOfEndingTheJvm();
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

    public int nodeId() {
        return nodeId;
    }

    public boolean requiresAuthentication() {
        return adminPassword != null;
    }

    /** Client settings to connect as {@code user}: bootstrap servers, plus SASL/SCRAM if the broker requires it. */
    public Map<String, Object> clientProperties(String user, String password) {
        if (!requiresAuthentication()) {
            return Map.of("bootstrap.servers", bootstrapServers());
        }
        return Map.of(
                "bootstrap.servers", bootstrapServers(),
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", SCRAM_SHA_512,
                "sasl.jaas.config", scramLogin(user, password));
    }

    /** Client settings of the super user (just the bootstrap servers on a PLAINTEXT broker). */
    public Map<String, Object> adminProperties() {
        return clientProperties(ADMIN, adminPassword);
    }

    @Override
    public void close() {
        stop();
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(nodeId));
        p.put("controller.quorum.voters", quorumVoters);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataFolder.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        // Kafka's own topics (consumer offsets) are replicated to every node, and survive the loss of one of three.
        p.put("offsets.topic.replication.factor", String.valueOf(clusterSize));
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", String.valueOf(clusterSize));
        p.put("transaction.state.log.min.isr", String.valueOf(Math.min(2, clusterSize)));
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.retention.hours", "-1");
        // The log cleaner claims its whole dedupe buffer on the heap at start (128 MB by default): several nodes in one
        // test JVM would run it out of memory, and a broker answers that with a halt. Compacting the few local topics
        // needs far less.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        if (requiresAuthentication()) {
            secure(p);
        }
        return p;
    }

    /**
     * Clients and the broker's own inter-broker traffic use SCRAM on the client listener (the admin's credential
     * is formatted into the storage). The controller listener cannot use SCRAM (its credentials live in the
     * metadata the controller serves), so it uses PLAIN with the admin as its only user.
     */
    private void secure(Properties p) {
        p.put("listeners", "SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + port);
        p.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        p.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        p.put("sasl.enabled.mechanisms", SCRAM_SHA_512);
        p.put("sasl.mechanism.inter.broker.protocol", SCRAM_SHA_512);
        p.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", scramLogin(ADMIN, adminPassword));
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                        + "\" password=\"" + adminPassword + "\" user_" + ADMIN + "=\"" + adminPassword + "\";");
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + ADMIN);
        p.put("allow.everyone.if.no.acl.found", "false");
    }

    private static String scramLogin(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /**
     * A broker answers a fatal fault by ending the JVM it runs in ({@code Exit.halt}), without a word, and here that JVM
     * is also a test's or the local run's. The fault is reported and thrown in the broker's thread instead, so that
     * it shows up where it happened and the others go on.
     */
    private static void failInsteadOfEndingTheJvm() {
        Exit.Procedure report = (statusCode, message) -> {
            IllegalStateException fault = new IllegalStateException(
                    "The local Kafka broker would have ended the JVM with status " + statusCode + ": " + message);
            fault.printStackTrace();
            throw fault;
        };
        Exit.setExitProcedure(report);
        Exit.setHaltProcedure(report);
    }

    private void formatStorageIfNew() {
        if (Files.exists(dataFolder.resolve("meta.properties"))) {
            return;
        }
        try (PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream())) {
            Formatter formatter = new Formatter();
            if (requiresAuthentication()) {
                formatter.setScramArguments(List.of(
                        SCRAM_SHA_512 + "=[name=" + ADMIN + ",password=" + adminPassword + "]"));
            }
            formatter
                    .setPrintStream(quiet)
                    .setNodeId(nodeId)
                    .setClusterId(clusterId)
                    .addDirectory(dataFolder.toString())
                    .setMetadataLogDirectory(dataFolder.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka storage in " + dataFolder, e);
        }
    }
}

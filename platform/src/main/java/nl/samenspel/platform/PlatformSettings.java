package nl.samenspel.platform;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local platform keeps its data and which ports it uses. Every setting can be changed with an
 * environment variable, e.g. {@code SAMENSPEL_KAFKA_PORT=19092 ./run-local.sh}.
 *
 * @param dataFolder       PostgreSQL's and Kafka's data, kept across restarts ({@code SAMENSPEL_DATA_DIR},
 *                         default {@code .local-data} in the working directory); {@code null} for throw-away data
 * @param postgresPort     {@code SAMENSPEL_POSTGRES_PORT}, default 15432 (not 5432, to stay clear of a system PostgreSQL)
 * @param kafkaPort        {@code SAMENSPEL_KAFKA_PORT}, default 9092
 * @param networkPort      {@code SAMENSPEL_NETWORK_PORT}, default 8085
 * @param coordinatorPort  {@code SAMENSPEL_COORDINATOR_PORT}, default 8086
 * @param signallingPort   {@code SAMENSPEL_SIGNALLING_PORT}, default 8087
 * @param seedDemoRegion   {@code SAMENSPEL_SEED_DEMO_REGION}, default true: seeds the Duin- en Bollenstreek network once
 * @param issuerPort       {@code SAMENSPEL_ISSUER_PORT}, default 9000: the token issuer, {@code http://localhost:<port>}
 * @param consolePort      {@code SAMENSPEL_CONSOLE_PORT}, default 8080: the web console, {@code http://127.0.0.1:<port>}
 *                         (another host name than the issuer's, since cookies ignore ports)
 * @param notificationPort {@code SAMENSPEL_NOTIFICATION_PORT}, default 8088
 */
public record PlatformSettings(Path dataFolder, int postgresPort, int kafkaPort, int networkPort, int coordinatorPort,
                               int signallingPort, boolean seedDemoRegion, int issuerPort, int consolePort,
                               int notificationPort) {

    /** As the canonical constructor, with the notification-service on a free port. */
    public PlatformSettings(Path dataFolder, int postgresPort, int kafkaPort, int networkPort, int coordinatorPort,
                            int signallingPort, boolean seedDemoRegion, int issuerPort, int consolePort) {
        this(dataFolder, postgresPort, kafkaPort, networkPort, coordinatorPort, signallingPort, seedDemoRegion, issuerPort,
                consolePort, 0);
    }

    /** As the canonical constructor, with the web console on a free port. */
    public PlatformSettings(Path dataFolder, int postgresPort, int kafkaPort, int networkPort, int coordinatorPort,
                            int signallingPort, boolean seedDemoRegion, int issuerPort) {
        this(dataFolder, postgresPort, kafkaPort, networkPort, coordinatorPort, signallingPort, seedDemoRegion, issuerPort, 0);
    }

    /** As the canonical constructor, with the token issuer on a free port (for throw-away platforms). */
    public PlatformSettings(Path dataFolder, int postgresPort, int kafkaPort, int networkPort, int coordinatorPort,
                            int signallingPort, boolean seedDemoRegion) {
        this(dataFolder, postgresPort, kafkaPort, networkPort, coordinatorPort, signallingPort, seedDemoRegion, 0);
    }

    public static PlatformSettings fromEnvironment(Map<String, String> env) {
        return new PlatformSettings(
                Path.of(env.getOrDefault("SAMENSPEL_DATA_DIR", ".local-data")).toAbsolutePath(),
                Integer.parseInt(env.getOrDefault("SAMENSPEL_POSTGRES_PORT", "15432")),
                Integer.parseInt(env.getOrDefault("SAMENSPEL_KAFKA_PORT", "9092")),
                Integer.parseInt(env.getOrDefault("SAMENSPEL_NETWORK_PORT", "8085")),
                Integer.parseInt(env.getOrDefault("SAMENSPEL_COORDINATOR_PORT", "8086")),
                Integer.parseInt(env.getOrDefault("SAMENSPEL_SIGNALLING_PORT", "8087")),
                Boolean.parseBoolean(env.getOrDefault("SAMENSPEL_SEED_DEMO_REGION", "true")),
                Integer.parseInt(env.getOrDefault("SAMENSPEL_ISSUER_PORT", "9000")),
                Integer.parseInt(env.getOrDefault("SAMENSPEL_CONSOLE_PORT", "8080")),
                Integer.parseInt(env.getOrDefault("SAMENSPEL_NOTIFICATION_PORT", "8088")));
    }
}

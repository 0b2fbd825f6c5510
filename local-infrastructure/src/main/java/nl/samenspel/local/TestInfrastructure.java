package nl.samenspel.local;

/**
 * One PostgreSQL, one Kafka broker and one mail server per test JVM, started on first use and shared by every test in it.
 * Set {@code SAMENSPEL_TEST_DB_URL} (with {@code SAMENSPEL_TEST_DB_USER} and {@code SAMENSPEL_TEST_DB_PASSWORD})
 * to run the tests against an external PostgreSQL instead.
 */
public final class TestInfrastructure {

    private static LocalPostgres postgres;
    private static LocalKafkaBroker kafka;
    private static LocalMailServer mail;

    private TestInfrastructure() {
    }

    public static synchronized String jdbcUrl() {
        String external = System.getenv("SAMENSPEL_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (postgres == null) {
            postgres = LocalPostgres.start(0, null);
        }
        return postgres.jdbcUrl();
    }

    public static String dbUser() {
        return System.getenv().getOrDefault("SAMENSPEL_TEST_DB_USER", "postgres");
    }

    public static String dbPassword() {
        return System.getenv().getOrDefault("SAMENSPEL_TEST_DB_PASSWORD", "postgres");
    }

    /** The shared broker, started; tests that stop it must start it again. */
    public static synchronized LocalKafkaBroker kafka() {
        if (kafka == null) {
            kafka = LocalKafkaBroker.create(0, null).start();
        }
        return kafka.start();
    }

    /** The shared SMTP/IMAP server; a test reads back the mail of an address of its own. */
    public static synchronized LocalMailServer mail() {
        if (mail == null) {
            mail = LocalMailServer.start(0, 0);
        }
        return mail;
    }
}

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Samenspel webhook receiver with nothing but the JDK (17 or later):
 *
 * <pre>
 *   WEBHOOK_SECRET=whsec_... PORT=8099 java WebhookReceiver.java
 * </pre>
 *
 * It answers the CloudEvents webhook handshake (OPTIONS), checks every POST's Standard Webhooks signature, drops a
 * {@code webhook-id} it has seen (deliveries are at least once), prints each event and answers 204. A delivery with
 * a bad or old signature gets 401 and is not printed. Put it behind an HTTPS endpoint: Samenspel calls only https URLs.
 */
public class WebhookReceiver {

    /** How far a {@code webhook-timestamp} may be from this machine's clock; older deliveries may be replays. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final int MAX_BODY = 1024 * 1024;

    public static void main(String[] args) throws IOException {
        String secret = System.getenv("WEBHOOK_SECRET");
        if (secret == null || secret.isBlank()) {
            System.err.println("Set WEBHOOK_SECRET to the secret shown when the subscription was created (whsec_...)");
            System.exit(2);
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8099"));
        Set<String> seen = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > 100_000;
            }
        }));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                handle(exchange, secret, seen);
            }
        });
        server.start();
        System.out.println("Listening on http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static void handle(HttpExchange exchange, String secret, Set<String> seen) throws IOException {
        String origin = exchange.getRequestHeaders().getFirst("WebHook-Request-Origin");
        if ("OPTIONS".equals(exchange.getRequestMethod()) && origin != null) {
            // The CloudEvents webhook handshake: this endpoint agrees to receive events from that origin.
            exchange.getResponseHeaders().set("WebHook-Allowed-Origin", origin);
            exchange.getResponseHeaders().set("Allow", "POST");
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(405, -1);
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        if (body.length > MAX_BODY || !verify(secret, id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                body, exchange.getRequestHeaders().getFirst("webhook-signature"), Instant.now())) {
            exchange.sendResponseHeaders(401, -1);
            return;
        }
        if (seen.add(id)) {
            System.out.println("event " + id + ": " + new String(body, StandardCharsets.UTF_8));
        }
        exchange.sendResponseHeaders(204, -1);
    }

    /**
     * Whether a delivery is Samenspel's: its timestamp within {@link #TOLERANCE} of {@code now}, and one of the
     * space-separated {@code v1,<base64>} signatures equal to HMAC-SHA256, keyed with the base64 part of the secret
     * after {@code whsec_}, over {@code <webhook-id>.<webhook-timestamp>.<body>} (the body's exact bytes: verify
     * before parsing). While the secret is being rotated two signatures come; one that matches is enough.
     */
    static boolean verify(String secret, String id, String timestamp, byte[] body, String signatures, Instant now) {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        byte[] expected = sign(secret, id + "." + timestamp.trim() + ".", body);
        for (String signature : signatures.trim().split(" +")) {
            if (signature.startsWith("v1,")) {
                byte[] given;
                try {
                    given = Base64.getDecoder().decode(signature.substring(3));
                } catch (IllegalArgumentException notBase64) {
                    continue;
                }
                // Constant time: how much of a guess matched must not show in how long the answer takes.
                if (MessageDigest.isEqual(expected, given)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] sign(String secret, String prefix, byte[] body) {
        String key = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}

package nl.samenspel.platform.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook receiver on loopback, as a party's own software would run one: it takes every POST with 204 and keeps it,
 * and does not answer the CloudEvents handshake, so its subscription is verified with the one-time code.
 */
final class LoopbackReceiver implements AutoCloseable {

    /** One delivery as it arrived: the Standard Webhooks headers and the body. */
    record Delivery(String id, String timestamp, String signature, String body) {

        JsonNode event() {
            try {
                return JSON.readTree(body);
            } catch (IOException notJson) {
                throw new UncheckedIOException(notJson);
            }
        }

        /** Whether one of the signatures is the HMAC-SHA256 of {@code id.timestamp.body} under the secret. */
        boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                String expected = "v1," + Base64.getEncoder().encodeToString(
                        mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
                return signature != null && Arrays.asList(signature.split(" ")).contains(expected);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();

    private LoopbackReceiver(HttpServer server) {
        this.server = server;
    }

    static LoopbackReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            LoopbackReceiver receiver = new LoopbackReceiver(server);
            server.createContext("/hooks", exchange -> {
                if ("POST".equals(exchange.getRequestMethod())) {
                    receiver.received.add(new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"),
                            exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                            exchange.getRequestHeaders().getFirst("webhook-signature"),
                            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                    exchange.sendResponseHeaders(204, -1);
                } else {
                    exchange.sendResponseHeaders(405, -1);
                }
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The deliveries whose body names the CloudEvents type, oldest first. */
    List<Delivery> ofType(String type) {
        return received.stream().filter(delivery -> type.equals(delivery.event().path("type").asText())).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

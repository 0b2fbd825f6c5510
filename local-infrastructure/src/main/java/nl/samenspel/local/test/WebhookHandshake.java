package nl.samenspel.local.test;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;

/** The receiver's side of the CloudEvents webhook handshake, for loopback receivers in tests and benchmarks. */
public final class WebhookHandshake {

    private WebhookHandshake() {
    }

    /**
     * Answers the exchange if it is the handshake ({@code OPTIONS} with {@code WebHook-Request-Origin}): agrees to
     * receive from that origin. Returns whether it was; a POST is left to the caller.
     */
    public static boolean answered(HttpExchange exchange) throws IOException {
        String origin = exchange.getRequestHeaders().getFirst("WebHook-Request-Origin");
        if (!"OPTIONS".equals(exchange.getRequestMethod()) || origin == null) {
            return false;
        }
        exchange.getResponseHeaders().set("WebHook-Allowed-Origin", origin);
        exchange.sendResponseHeaders(200, -1);
        return true;
    }
}

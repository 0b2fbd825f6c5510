package nl.samenspel.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A webhook receiver on loopback (the JDK's HTTP server): records every request per path and answers as told, by
 * default 204 to a POST; answers the CloudEvents handshake on the paths told to.
 */
public final class TestReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body, Instant at) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** The headers with lower-case names, as the reference library's {@code verify} expects. */
        public Map<String, List<String>> lowerCaseHeaders() {
            Map<String, List<String>> lower = new java.util.HashMap<>();
            headers.forEach((name, values) -> lower.put(name.toLowerCase(java.util.Locale.ROOT), values));
            return lower;
        }
    }

    /** An answer to give. */
    public record Answer(int status, Map<String, String> headers) {
        public static Answer of(int status) {
            return new Answer(status, Map.of());
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
    private final Map<String, Answer> always = new ConcurrentHashMap<>();
    private final Set<String> handshakes = ConcurrentHashMap.newKeySet();

    public TestReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers the CloudEvents webhook handshake on this path. */
    public TestReceiver acceptingHandshake(String path) {
        handshakes.add(path);
        return this;
    }

    /** The next POSTs to this path get these answers, in turn; after them, the standing answer. */
    public synchronized TestReceiver thenAnswer(String path, Answer... next) {
        Deque<Answer> queue = answers.computeIfAbsent(path, p -> new ArrayDeque<>());
        queue.addAll(List.of(next));
        return this;
    }

    /** Every POST to this path gets this answer (until told otherwise). */
    public TestReceiver alwaysAnswer(String path, Answer answer) {
        always.put(path, answer);
        return this;
    }

    public List<Received> posts(String path) {
        return received.stream().filter(r -> r.method().equals("POST") && r.path().equals(path)).toList();
    }

    public List<Received> all(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body, Instant.now()));
        Answer answer;
        if (exchange.getRequestMethod().equals("OPTIONS")) {
            if (handshakes.contains(path)) {
                exchange.getResponseHeaders().add("WebHook-Allowed-Origin",
                        exchange.getRequestHeaders().getFirst("WebHook-Request-Origin"));
                answer = Answer.of(200);
            } else {
                answer = Answer.of(405);
            }
        } else {
            answer = next(path);
        }
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        byte[] text = ("answer " + answer.status()).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), answer.status() == 204 ? -1 : text.length);
        if (answer.status() != 204) {
            exchange.getResponseBody().write(text);
        }
        exchange.close();
    }

    private synchronized Answer next(String path) {
        Deque<Answer> queue = answers.get(path);
        if (queue != null && !queue.isEmpty()) {
            return queue.poll();
        }
        return always.getOrDefault(path, Answer.of(204));
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

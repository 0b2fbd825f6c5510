package nl.samenspel.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports nothing listens on right now, for servers that must be told their port before they start.
 * <p>
 * They come from below the operating system's range for outgoing connections. A port from that range that was free
 * when chosen can be taken by any connection the machine opens before the server binds it: a platform that starts
 * five Spring contexts, Kafka and PostgreSQL opens hundreds, so now and then a server would not start.
 */
public final class FreePorts {

    /** Linux's range for outgoing connections; where it cannot be read, the IANA dynamic range's start (macOS, Windows). */
    private static final Path OUTGOING_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int DYNAMIC_RANGE_START = 49152;
    /** Above the well-known and most registered services' ports. */
    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 200;
    /** Handed out by this JVM: two servers told the same port before either binds it would collide. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A port that was free a moment ago and that no outgoing connection takes; take it soon. */
    public static int next() {
        int below = Math.max(LOWEST + 1_000, outgoingRangeStart());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!HANDED_OUT.contains(port) && isFree(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST + " and " + below + " after " + ATTEMPTS + " tries");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.getLocalPort() == port;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int outgoingRangeStart() {
        try {
            return Integer.parseInt(Files.readAllLines(OUTGOING_RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unreadable) {
            return DYNAMIC_RANGE_START;
        }
    }
}

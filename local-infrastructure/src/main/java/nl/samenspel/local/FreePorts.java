package nl.samenspel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports nothing listens on right now, for servers that must be told their port before they start. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A port that was free a moment ago (the operating system may hand it out again; take it soon). */
    public static int next() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}

package nl.samenspel.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTest {

    @Test
    void handsOutDistinctBindablePortsBelowTheRangeForOutgoingConnections() throws IOException {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        int outgoingFrom = Files.isReadable(range) ? Integer.parseInt(Files.readAllLines(range).get(0).trim().split("\\s+")[0]) : 49152;
        Set<Integer> ports = new HashSet<>();
        IntStream.range(0, 50).forEach(i -> ports.add(FreePorts.next()));

        assertThat(ports).hasSize(50).allSatisfy(port -> assertThat(port).isBetween(10_000, outgoingFrom - 1));
        int port = ports.iterator().next();
        try (ServerSocket server = new ServerSocket(port)) {
            assertThat(server.getLocalPort()).isEqualTo(port);
        }
    }
}

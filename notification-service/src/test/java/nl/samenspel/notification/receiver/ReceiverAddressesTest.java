package nl.samenspel.notification.receiver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Webhooks may only reach public addresses, checked for every address a receiver's host name resolves to. */
class ReceiverAddressesTest {

    /** A resolver for made-up names, so a host name can be made to resolve to any address. */
    private static ReceiverAddresses resolving(boolean localMode, Map<String, String> names) {
        return new ReceiverAddresses(localMode, host -> {
            String address = names.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[]{InetAddress.getByName(address)};
        });
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
            "127.0.0.1, loopback",
            "127.8.9.10, loopback",
            "::1, loopback",
            "10.1.2.3, private",
            "172.16.0.1, private",
            "172.31.255.254, private",
            "192.168.1.1, private",
            "169.254.169.254, link-local",
            "fe80::1, link-local",
            "100.64.0.1, CGNAT",
            "100.127.255.254, CGNAT",
            "fc00::1, unique-local",
            "fd12:3456::1, unique-local",
            "::ffff:10.0.0.1, private",
            "224.0.0.1, multicast",
            "ff02::1, multicast",
            "0.0.0.0, unspecified",
            "::, unspecified",
            "0.1.2.3, this network",
            "255.255.255.255, broadcast"
    })
    void eachForbiddenAddressKindIsRefused(String address, String kind) {
        ReceiverAddresses addresses = resolving(false, Map.of("receiver.example", address));

        assertThatThrownBy(() -> addresses.check("https://receiver.example/hooks")).as(kind)
                .isInstanceOf(RefusedReceiverException.class)
                .hasMessageContaining("only public addresses");
    }

    @Test
    void anIpv4MappedIpv6AddressIsRefusedEvenWhenItMapsAPublicAddress() throws Exception {
        // Java turns ::ffff:a.b.c.d into an IPv4 address; built from its 16 bytes it stays IPv6 and is refused as such.
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 8;
        mapped[13] = 8;
        mapped[14] = 8;
        mapped[15] = 8;
        InetAddress address = java.net.Inet6Address.getByAddress(null, mapped, -1);

        assertThat(new ReceiverAddresses(false).refusal(address)).isEqualTo("an IPv4-mapped IPv6 address");
    }

    @Test
    void aPublicAddressIsAccepted() {
        ReceiverAddresses addresses = resolving(false, Map.of("receiver.example", "93.184.215.14", "v6.example", "2001:4860::8888"));

        assertThat(addresses.check("https://receiver.example/hooks").getHost()).isEqualTo("receiver.example");
        assertThat(addresses.check("https://v6.example:8443/hooks")).isNotNull();
    }

    @Test
    void aHostNameWithOnePrivateAddressAmongPublicOnesIsRefused() {
        ReceiverAddresses addresses = new ReceiverAddresses(false, host -> new InetAddress[]{
                InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")});

        assertThatThrownBy(() -> addresses.check("https://receiver.example/hooks"))
                .isInstanceOf(RefusedReceiverException.class).hasMessageContaining("10.0.0.7");
    }

    @Test
    void onlyHttpsIsAcceptedOutsideLocalMode() {
        ReceiverAddresses addresses = resolving(false, Map.of("receiver.example", "93.184.215.14"));

        assertThatThrownBy(() -> addresses.check("http://receiver.example/hooks"))
                .isInstanceOf(RefusedReceiverException.class).hasMessageContaining("Only https");
        assertThatThrownBy(() -> addresses.check("ftp://receiver.example/hooks")).isInstanceOf(RefusedReceiverException.class);
    }

    @Test
    void localModeAllowsPlainHttpToLoopbackOnly() {
        ReceiverAddresses addresses = resolving(true, Map.of("localhost", "127.0.0.1", "receiver.example", "93.184.215.14",
                "office.example", "192.168.1.5"));

        assertThat(addresses.check("http://localhost:8099/hooks")).isNotNull();
        assertThatThrownBy(() -> addresses.check("http://receiver.example/hooks"))
                .isInstanceOf(RefusedReceiverException.class).hasMessageContaining("Only https");
        assertThatThrownBy(() -> addresses.check("https://office.example/hooks"))
                .isInstanceOf(RefusedReceiverException.class).hasMessageContaining("private");
    }

    @Test
    void userInfoInTheUrlIsRefused() {
        ReceiverAddresses addresses = resolving(false, Map.of("receiver.example", "93.184.215.14"));

        assertThatThrownBy(() -> addresses.check("https://admin:secret@receiver.example/hooks"))
                .isInstanceOf(RefusedReceiverException.class).hasMessageContaining("user name or password");
    }

    @Test
    void aNameThatDoesNotResolveOrAMalformedUrlIsRefused() {
        ReceiverAddresses addresses = resolving(false, Map.of());

        assertThatThrownBy(() -> addresses.check("https://nowhere.example/hooks"))
                .isInstanceOf(RefusedReceiverException.class).hasMessageContaining("does not resolve");
        assertThatThrownBy(() -> addresses.check("not a url")).isInstanceOf(RefusedReceiverException.class);
        assertThatThrownBy(() -> addresses.check("/relative/path")).isInstanceOf(RefusedReceiverException.class);
    }

    @Test
    void anIpLiteralIsCheckedLikeAResolvedName() {
        ReceiverAddresses addresses = new ReceiverAddresses(false);

        assertThatThrownBy(() -> addresses.check("https://169.254.169.254/latest/meta-data"))
                .isInstanceOf(RefusedReceiverException.class).hasMessageContaining("link-local");
        assertThatThrownBy(() -> addresses.check("https://[::1]:8443/hooks"))
                .isInstanceOf(RefusedReceiverException.class).hasMessageContaining("loopback");
    }
}

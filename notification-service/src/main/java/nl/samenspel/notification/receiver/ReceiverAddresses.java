package nl.samenspel.notification.receiver;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which receivers the service may call, so that a webhook cannot be pointed at the service's own network: only
 * {@code https} URLs without user info, whose host resolves to public addresses only. Refused are loopback, private
 * (RFC 1918), link-local, shared (CGNAT, 100.64.0.0/10), unique-local IPv6 (fc00::/7), IPv4-mapped and -compatible
 * IPv6, multicast, broadcast and unspecified addresses, and "this network" (0.0.0.0/8). In local mode (the local run
 * and tests) loopback is allowed, with plain {@code http} to it.
 */
public final class ReceiverAddresses {

    private final boolean localMode;
    private final Resolver resolver;

    /** Resolves a host name to all its addresses (the system resolver, or a stand-in in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public ReceiverAddresses(boolean localMode, Resolver resolver) {
        this.localMode = localMode;
        this.resolver = resolver;
    }

    public ReceiverAddresses(boolean localMode) {
        this(localMode, InetAddress::getAllByName);
    }

    /**
     * Checks a receiver URL as registered: its form, and every address its host resolves to now.
     *
     * @return the URL, parsed
     * @throws RefusedReceiverException saying why it may not be called
     */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new RefusedReceiverException("The URL '" + url + "' is not a valid absolute URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawAuthority() == null) {
            throw new RefusedReceiverException("The URL '" + url + "' needs a scheme and a host name, e.g. https://example.org/hooks.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedReceiverException("The URL may not hold a user name or password; authenticate the sender by"
                    + " its signature instead.");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedReceiverException("The URL may not have a fragment (#...).");
        }
        List<InetAddress> addresses = resolve(uri.getHost());
        boolean loopback = addresses.stream().allMatch(InetAddress::isLoopbackAddress);
        if (!scheme.equals("https") && !(scheme.equals("http") && localMode && loopback)) {
            throw new RefusedReceiverException("Only https URLs are accepted, not '" + scheme + "'.");
        }
        return uri;
    }

    /**
     * The addresses of a host, each checked: what a connection is made to, so the address checked is the address
     * called (a name that resolves elsewhere a moment later is resolved and checked again at the next connection).
     *
     * @throws RefusedReceiverException when any of them may not be called, or the name does not resolve
     */
    public List<InetAddress> resolve(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new RefusedReceiverException("The host name '" + host + "' does not resolve.");
        }
        if (addresses == null || addresses.length == 0) {
            throw new RefusedReceiverException("The host name '" + host + "' does not resolve.");
        }
        for (InetAddress address : addresses) {
            String refusal = refusal(address);
            if (refusal != null) {
                throw new RefusedReceiverException("The host '" + host + "' resolves to " + address.getHostAddress()
                        + ", " + refusal + ": only public addresses may receive webhooks.");
            }
        }
        return Arrays.asList(addresses);
    }

    /** Why an address may not be called, or {@code null} when it may. */
    String refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return localMode ? null : "a loopback address";
        }
        if (address.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address instanceof Inet4Address) {
            return refusalV4(address.getAddress());
        }
        byte[] bytes = address.getAddress();
        if ((bytes[0] & 0xfe) == 0xfc) {
            return "a unique-local IPv6 address";
        }
        if ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xc0) == 0xc0) {
            return "a site-local IPv6 address";
        }
        if (firstZero(bytes, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
            return "an IPv4-mapped IPv6 address";
        }
        if (firstZero(bytes, 12)) {
            return "an IPv4-compatible IPv6 address";
        }
        return address instanceof Inet6Address ? null : "not an IP address";
    }

    private static String refusalV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return "an address of 'this network' (0.0.0.0/8)";
        }
        if (first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)) {
            return "a private address (RFC 1918)";
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return "a shared address (CGNAT, 100.64.0.0/10)";
        }
        if (first == 169 && second == 254) {
            return "a link-local address";
        }
        if (first == 127) {
            return "a loopback address";
        }
        if (first >= 224) {
            return first < 240 ? "a multicast address" : "a reserved or broadcast address";
        }
        return null;
    }

    private static boolean firstZero(byte[] bytes, int count) {
        for (int i = 0; i < count; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}

package dev.peregrine;

import dev.peregrine.internal.http.AddressRange;
import dev.peregrine.internal.http.ForwardedParser;
import dev.peregrine.internal.http.IpAddress;
import dev.peregrine.spi.HttpExchange;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The proxies in front of a server whose forwarding headers ({@code Forwarded},
 * {@code X-Forwarded-For}, {@code -Proto}, {@code -Host}, {@code X-Real-IP}) are believed:
 * addresses and CIDR ranges, IPv4 and IPv6. Immutable and thread-safe.
 *
 * {@snippet :
 * TrustedProxies proxies = TrustedProxies.of("127.0.0.1", "::1", "10.0.0.0/8", "fd00::/8");
 * app.requestOptions().trustedProxies(proxies);    // req.clientAddress(), req.forwardedScheme(), ...
 * }
 *
 * <p>The client's address is found as nginx's {@code real_ip_recursive on} finds it: when the
 * peer is trusted, the forwarded chain ({@code Forwarded}'s {@code for}, else
 * {@code X-Forwarded-For}, else {@code X-Real-IP}) is read from right to left, skipping trusted
 * proxies; the first address that is not one is the client. The walk stops at an entry that is no
 * address ({@code unknown}, an obfuscated {@code _name}, garbage) and answers the last address it
 * read, which is the peer's when the right-most entry is unreadable. Addresses are read as
 * literals, never looked up: {@code [2001:db8::1]:4711} and {@code 192.0.2.1:80} lose their
 * brackets and port.
 */
public final class TrustedProxies {

    private static final TrustedProxies NONE = new TrustedProxies(List.of(), new AddressRange[0]);

    private final List<String> entries;
    private final AddressRange[] ranges;

    private TrustedProxies(List<String> entries, AddressRange[] ranges) {
        this.entries = entries;
        this.ranges = ranges;
    }

    /**
     * Proxies at these addresses and ranges, such as {@code 127.0.0.1}, {@code 10.0.0.0/8},
     * {@code ::1} or {@code fd00::/8}.
     *
     * @throws IllegalArgumentException naming the entry and giving an example, when one is not
     *     an IP address or a CIDR range or its prefix is longer than its address
     */
    public static TrustedProxies of(String... addressesAndRanges) {
        return of(Arrays.asList(addressesAndRanges));
    }

    /** {@link #of(String...)} with a list. */
    public static TrustedProxies of(List<String> addressesAndRanges) {
        Objects.requireNonNull(addressesAndRanges, "addressesAndRanges");
        AddressRange[] ranges = new AddressRange[addressesAndRanges.size()];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = AddressRange.parse(addressesAndRanges.get(i));
        }
        return new TrustedProxies(List.copyOf(addressesAndRanges), ranges);
    }

    /** No proxy at all: every peer is the client, and forwarding headers are ignored. */
    public static TrustedProxies none() {
        return NONE;
    }

    /** The addresses and ranges, as configured. */
    public List<String> entries() {
        return entries;
    }

    /** Whether the address literal {@code address} is a trusted proxy's; false for anything that is not an address. */
    public boolean trusts(String address) {
        if (ranges.length == 0 || address == null) {
            return false;
        }
        long ipv4 = IpAddress.parseIpv4(address, 0, address.length());
        if (ipv4 != IpAddress.NOT_IPV4) {
            for (AddressRange range : ranges) {
                if (range.containsIpv4(ipv4)) {
                    return true;
                }
            }
            return false;
        }
        IpAddress parsed = IpAddress.parse(address);
        if (parsed == null) {
            return false;
        }
        for (AddressRange range : ranges) {
            if (range.contains(parsed)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client's address: the peer's, or, when the peer is a trusted proxy, the right-most
     * address of the forwarded chain that is not (see the class description). Never throws on
     * malformed headers: what cannot be read ends the walk.
     */
    public String clientAddress(HttpExchange exchange) {
        String peer = exchange.remoteAddress();
        if (!trusts(peer)) {
            return peer;
        }
        List<String> forwarded = exchange.headerValues("Forwarded");
        if (!forwarded.isEmpty()) {
            return clientAddress(ForwardedParser.parse(forwarded), peer);
        }
        String forwardedFor = exchange.header("X-Forwarded-For");
        if (forwardedFor != null) {
            return forwardedForClient(forwardedFor, peer);
        }
        String realIp = exchange.header("X-Real-IP");
        String address = realIp == null ? null : nodeAddress(realIp.strip());
        return address == null ? peer : address;
    }

    /**
     * The index of the {@code Forwarded} element that describes the client's hop: where the
     * right-to-left walk stops (an untrusted or unreadable {@code for}, or the first element);
     * -1 when there are none. Its {@code proto} and {@code host} were written by a trusted proxy.
     */
    int clientHop(List<Forwarded> hops) {
        for (int i = hops.size() - 1; i >= 0; i--) {
            String address = nodeAddress(hops.get(i).src());
            if (address == null || i == 0 || !trusts(address)) {
                return i;
            }
        }
        return -1;
    }

    /** The client's address by the {@code Forwarded} elements {@code hops} of a request from trusted {@code peer}. */
    String clientAddress(List<Forwarded> hops, String peer) {
        int hop = clientHop(hops);
        if (hop < 0) {
            return peer;
        }
        String address = nodeAddress(hops.get(hop).src());
        if (address != null) {
            return address;
        }
        // NOTE: the walk stopped at an unreadable for; the last address it read is the proxy that wrote it.
        return hop == hops.size() - 1 ? peer : nodeAddress(hops.get(hop + 1).src());
    }

    /** The client's address by an {@code X-Forwarded-For} value of a request from trusted {@code peer}. */
    private String forwardedForClient(String chain, String peer) {
        String last = peer;
        int end = chain.length();
        while (true) {
            int comma = chain.lastIndexOf(',', end - 1);
            String address = nodeAddress(chain.substring(comma + 1, end).strip());
            if (address == null) {
                return last;
            }
            if (comma < 0 || !trusts(address)) {
                return address;
            }
            last = address;
            end = comma;
        }
    }

    /**
     * The address literal of a chain entry, without brackets or port ({@code 192.0.2.1},
     * {@code 192.0.2.1:80}, {@code 2001:db8::1}, {@code [2001:db8::1]}, {@code [2001:db8::1]:80}),
     * or {@code null} when the entry is no address ({@code unknown}, {@code _hidden}, a name,
     * garbage, a malformed port).
     */
    static String nodeAddress(String node) {
        if (node == null || node.isEmpty()) {
            return null;
        }
        String address = node;
        if (node.charAt(0) == '[') {
            int close = node.indexOf(']');
            if (close < 0 || (close < node.length() - 1 && !isPort(node, close + 1))) {
                return null;
            }
            address = node.substring(1, close);
            if (address.indexOf(':') < 0) {
                return null;
            }
        } else {
            int colon = node.indexOf(':');
            if (colon >= 0 && colon == node.lastIndexOf(':')) {
                if (!isPort(node, colon)) {
                    return null;
                }
                address = node.substring(0, colon);
            }
        }
        return IpAddress.parse(address) == null ? null : address;
    }

    /** Whether {@code text} from {@code colon} on is {@code :} and a port number, 0 to 65535. */
    private static boolean isPort(String text, int colon) {
        int digits = text.length() - colon - 1;
        if (text.charAt(colon) != ':' || digits < 1 || digits > 5) {
            return false;
        }
        int port = 0;
        for (int i = colon + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            port = port * 10 + (c - '0');
        }
        return port <= 65_535;
    }

    @Override
    public String toString() {
        return "TrustedProxies" + entries;
    }
}

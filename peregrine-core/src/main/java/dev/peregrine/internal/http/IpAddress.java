package dev.peregrine.internal.http;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * An IP address read from its literal text, never by a name lookup: IPv4 as a dotted quad in the
 * low 32 bits of {@code low}, IPv6 as its 128 bits. An IPv4-mapped IPv6 address
 * ({@code ::ffff:192.0.2.1}) reads as the IPv4 address it maps, as a dual-stack socket reports it.
 *
 * @param ipv6 whether the address is IPv6
 * @param high the first 64 bits of an IPv6 address; 0 for IPv4
 * @param low the last 64 bits of an IPv6 address, or the IPv4 address
 */
public record IpAddress(boolean ipv6, long high, long low) {

    /** What {@link #parseIpv4} answers for text that is not a dotted quad. */
    public static final long NOT_IPV4 = -1;

    /** Longer text is no IPv6 literal, even with a zone: refused before the JDK's parser is asked. */
    private static final int MAX_IPV6_LENGTH = 64;

    /**
     * The address {@code text} spells, or {@code null} when it is not an address literal: a name,
     * a range, {@code unknown}, an address with brackets or a port, or a BSD short form such as
     * {@code 10.1} (refused since {@code 10.1} means {@code 10.0.0.1} there, which nobody who
     * writes it in a header or a setting expects).
     */
    public static IpAddress parse(String text) {
        long ipv4 = parseIpv4(text, 0, text.length());
        if (ipv4 != NOT_IPV4) {
            return new IpAddress(false, 0, ipv4);
        }
        if (!mayBeIpv6(text)) {
            return null;
        }
        InetAddress address;
        try {
            address = InetAddress.ofLiteral(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return new IpAddress(false, 0, bits(bytes, 0, 4));
        }
        return new IpAddress(true, bits(bytes, 0, 8), bits(bytes, 8, 16));
    }

    /**
     * The IPv4 address spelt by {@code text} from {@code from} to {@code to} as four decimal
     * octets, as an unsigned value, or {@link #NOT_IPV4}. Octets with leading zeros are refused:
     * some readers take them as octal.
     */
    public static long parseIpv4(CharSequence text, int from, int to) {
        // PERF: the address of every request's peer goes through here when proxies are
        // configured: a loop over the characters, no allocation.
        long address = 0;
        int octets = 0;
        int octet = -1;
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits == 1 && octet == 0) {
                    return NOT_IPV4;
                }
                octet = (octet < 0 ? 0 : octet * 10) + (c - '0');
                if (++digits > 3 || octet > 255) {
                    return NOT_IPV4;
                }
            } else if (c == '.' && digits > 0 && octets < 3) {
                address = address << 8 | octet;
                octets++;
                octet = -1;
                digits = 0;
            } else {
                return NOT_IPV4;
            }
        }
        if (octets != 3 || digits == 0) {
            return NOT_IPV4;
        }
        return address << 8 | octet;
    }

    /** Whether {@code text} has only the characters of an IPv6 literal (with an optional zone) and a colon. */
    private static boolean mayBeIpv6(String text) {
        int length = text.length();
        if (length < 2 || length > MAX_IPV6_LENGTH || text.indexOf(':') < 0) {
            return false;
        }
        boolean zone = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '%') {
                zone = true;
            } else if (!zone && !(c == ':' || c == '.' || isHexDigit(c))) {
                return false;
            } else if (zone && !HttpToken.isTokenChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static long bits(byte[] bytes, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value << 8 | (bytes[i] & 0xFF);
        }
        return value;
    }
}

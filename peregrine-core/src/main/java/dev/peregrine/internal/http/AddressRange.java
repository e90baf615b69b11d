package dev.peregrine.internal.http;

/**
 * A range of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}), or a single
 * address ({@code 127.0.0.1}, {@code ::1}): one entry of a list of trusted proxies.
 */
public final class AddressRange {

    private final String entry;
    private final boolean ipv6;
    private final long high;
    private final long low;
    private final long highMask;
    private final long lowMask;

    private AddressRange(String entry, boolean ipv6, long high, long low, int prefix) {
        this.entry = entry;
        this.ipv6 = ipv6;
        if (ipv6) {
            highMask = mask(Math.min(prefix, 64));
            lowMask = mask(Math.max(prefix - 64, 0));
        } else {
            highMask = 0;
            lowMask = mask(prefix) >>> 32;
        }
        // NOTE: bits below the prefix are ignored, as nginx's set_real_ip_from does: 10.1.2.3/8 is 10.0.0.0/8.
        this.high = high & highMask;
        this.low = low & lowMask;
    }

    /**
     * Reads one entry: an address or {@code address/prefix-length}.
     *
     * @throws IllegalArgumentException naming the entry, what is wrong and an example, when it is
     *     neither an IP address nor a CIDR range (host names are refused: they are not looked up)
     */
    public static AddressRange parse(String entry) {
        if (entry == null) {
            throw new IllegalArgumentException("A trusted proxy is null; give an address such as 10.0.0.1 or a range such as 10.0.0.0/8");
        }
        String text = entry.strip();
        int slash = text.indexOf('/');
        IpAddress address = IpAddress.parse(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("Trusted proxy \"" + entry + "\" is not an IP address or a CIDR range;"
                    + " give an address such as 10.0.0.1 or ::1, or a range such as 10.0.0.0/8 or fd00::/8"
                    + " (host names are not looked up)");
        }
        // NOTE: an IPv4-mapped range such as ::ffff:10.0.0.0/104 reads as the IPv4 range it maps.
        boolean mapped = !address.ipv6() && text.indexOf(':') >= 0;
        int bits = address.ipv6() || mapped ? 128 : 32;
        int prefix = slash < 0 ? bits : prefixLength(entry, text.substring(slash + 1), bits);
        if (mapped) {
            prefix -= 96;
            if (prefix < 0) {
                throw new IllegalArgumentException("Trusted proxy \"" + entry + "\" spans more than the IPv4-mapped"
                        + " addresses; use a prefix of at least 96, such as ::ffff:10.0.0.0/104, or an IPv4 range such as 10.0.0.0/8");
            }
        }
        return new AddressRange(entry, address.ipv6(), address.high(), address.low(), prefix);
    }

    private static int prefixLength(String entry, String digits, int bits) {
        int prefix = 0;
        if (digits.isEmpty() || digits.length() > 3) {
            prefix = -1;
        }
        for (int i = 0; i < digits.length() && prefix >= 0; i++) {
            char c = digits.charAt(i);
            prefix = c >= '0' && c <= '9' ? prefix * 10 + (c - '0') : -1;
        }
        String example = bits == 32 ? "10.0.0.0/8" : "fd00::/8";
        if (prefix < 0) {
            throw new IllegalArgumentException("Trusted proxy \"" + entry + "\" has no prefix length after '/';"
                    + " write the number of leading bits, such as " + example);
        }
        if (prefix > bits) {
            throw new IllegalArgumentException("Trusted proxy \"" + entry + "\" has a prefix longer than the " + bits
                    + " bits of its address; use at most /" + bits + ", such as " + example);
        }
        return prefix;
    }

    /** Whether {@code address} is in this range. */
    public boolean contains(IpAddress address) {
        return contains(address.ipv6(), address.high(), address.low());
    }

    /** Whether the IPv4 address {@code address} (as {@link IpAddress#parseIpv4} reads it) is in this range. */
    public boolean containsIpv4(long address) {
        return contains(false, 0, address);
    }

    private boolean contains(boolean addressIpv6, long addressHigh, long addressLow) {
        return ipv6 == addressIpv6 && (addressHigh & highMask) == high && (addressLow & lowMask) == low;
    }

    /** The leading {@code bits} of 64 set. */
    private static long mask(int bits) {
        return bits == 0 ? 0 : -1L << (64 - bits);
    }

    /** The entry as it was configured. */
    @Override
    public String toString() {
        return entry;
    }
}

package dev.peregrine.internal.http;

import dev.peregrine.Forwarded;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes a request's access route, as Falcon's {@code req.access_route}: the client's address
 * followed by those of the proxies in front of the server, as far as headers tell.
 *
 * <p>The first present header wins: {@code Forwarded} (each hop's {@code for}, with port and
 * IPv6 brackets stripped), else {@code X-Forwarded-For} (split on commas, each stripped), else
 * {@code X-Real-IP}. The peer's own address is appended unless it already ends the list. A present
 * but malformed header is reported as it is rather than falling back, so a misbehaving proxy
 * shows. Any client can forge these headers.
 */
public final class AccessRoute {

    private AccessRoute() {
    }

    /**
     * The access route, client first.
     *
     * @param forwarded the parsed {@code Forwarded} headers, or {@code null} when there was none
     * @param xForwardedFor the {@code X-Forwarded-For} header, or {@code null}
     * @param xRealIp the {@code X-Real-IP} header, or {@code null}
     * @param remoteAddr the address of the peer connected to the server
     * @return a new, modifiable list that ends with {@code remoteAddr}
     */
    public static List<String> compute(List<Forwarded> forwarded, String xForwardedFor, String xRealIp,
            String remoteAddr) {
        Objects.requireNonNull(remoteAddr, "remoteAddr");
        List<String> route = new ArrayList<>(4);
        if (forwarded != null) {
            for (Forwarded hop : forwarded) {
                if (hop.src() != null) {
                    route.add(hostOf(hop.src()));
                }
            }
        } else if (xForwardedFor != null) {
            int start = 0;
            while (start <= xForwardedFor.length()) {
                int comma = xForwardedFor.indexOf(',', start);
                int end = comma < 0 ? xForwardedFor.length() : comma;
                route.add(xForwardedFor.substring(start, end).strip());
                start = end + 1;
            }
        } else if (xRealIp != null) {
            route.add(xRealIp);
        }
        if (route.isEmpty() || !route.getLast().equals(remoteAddr)) {
            route.add(remoteAddr);
        }
        return route;
    }

    /**
     * The host part of a {@code for} value: {@code [::1]:80} and {@code [::1]} give {@code ::1},
     * {@code 1.2.3.4:80} gives {@code 1.2.3.4}; a bare IPv6 address or a name is kept whole.
     */
    static String hostOf(String node) {
        if (node.startsWith("[")) {
            int end = node.lastIndexOf("]:");
            if (end < 0) {
                end = node.endsWith("]") ? node.length() - 1 : node.length();
            }
            return node.substring(1, end);
        }
        int colon = node.indexOf(':');
        if (colon < 0 || colon != node.lastIndexOf(':')) {
            return node;
        }
        return node.substring(0, colon);
    }
}

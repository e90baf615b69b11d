package dev.peregrine.bench.loadgen;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The one request a sweep sends, encoded once as HTTP/1.1 bytes, and where to send it.
 *
 * @param host  the host to connect to
 * @param port  the port to connect to
 * @param bytes the whole request: request line, {@code Host}, the extra headers, blank line, body
 */
public record TargetRequest(String host, int port, byte[] bytes) {

    /**
     * Builds a GET request for a URL and extra headers.
     *
     * @param url     an {@code http://} URL with host, optional port, path and query
     * @param headers extra headers, each {@code Name: value}
     * @return the request
     * @throws IllegalArgumentException naming what is wrong with the URL or a header
     */
    public static TargetRequest get(String url, List<String> headers) {
        return of("GET", url, headers, new byte[0]);
    }

    /**
     * Builds a request with any method; a body, when not empty, is sent with its
     * {@code Content-Length}.
     *
     * @param method  the request method, e.g. {@code POST}
     * @param url     an {@code http://} URL with host, optional port, path and query
     * @param headers extra headers, each {@code Name: value}
     * @param body    the body, empty for none
     * @return the request
     * @throws IllegalArgumentException naming what is wrong with the method, the URL or a header
     */
    public static TargetRequest of(String method, String url, List<String> headers, byte[] body) {
        if (method.isEmpty() || !method.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException("--method '" + method + "' must be an upper-case method such as GET or POST");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url '" + url + "' is not a URL: " + e.getMessage(), e);
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("--url '" + url + "' must be an http:// URL with a host, e.g. http://127.0.0.1:8080/plaintext");
        }
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        StringBuilder text = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(uri.getPort() == -1 ? "" : ":" + port).append("\r\n");
        for (String header : headers) {
            int colon = header.indexOf(':');
            if (colon < 1 || header.indexOf('\r') >= 0 || header.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("--header '" + header + "' must look like 'Name: value' on one line");
            }
            text.append(header.substring(0, colon).strip()).append(": ").append(header.substring(colon + 1).strip()).append("\r\n");
        }
        if (body.length > 0) {
            text.append("Content-Length: ").append(body.length).append("\r\n");
        }
        text.append("\r\n");
        byte[] head = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, bytes, head.length, body.length);
        return new TargetRequest(uri.getHost(), port, bytes);
    }
}

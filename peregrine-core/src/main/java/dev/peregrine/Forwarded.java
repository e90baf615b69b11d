package dev.peregrine;

/**
 * One element of a {@code Forwarded} header (RFC 7239 §4): what one proxy says about the hop it
 * received the request on. Parameters the proxy did not send are {@code null}.
 *
 * <p>Headers can be forged by any client or proxy: validate these values before trusting them,
 * and never authorize a request on them.
 *
 * @param src the {@code for} parameter: the node that made the request to the proxy, such as
 *     {@code 192.0.2.60}, {@code [2001:db8::1]:4711}, {@code unknown} or {@code _hidden}
 * @param dest the {@code by} parameter: the proxy's interface that received the request
 * @param host the {@code host} parameter: the Host header the proxy received
 * @param scheme the {@code proto} parameter, lower-cased: the scheme the proxy was reached with
 */
public record Forwarded(String src, String dest, String host, String scheme) {
}

package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code deploy/nginx/peregrine.conf} states the server's limits a second time, for
 * clients nginx holds: when a {@link ServerBuilder} default changes, this fails until the file
 * follows.
 */
class ShippedNginxConfigTest {

    @Test
    void theShippedLimitsAgreeWithTheServersDefaults() throws IOException {
        ServerSettings defaults = PeregrineServer.builder(new App()).build().settings();
        String config = Files.readString(NginxChildProcess.SHIPPED_CONFIG);
        String upstream = config.substring(config.indexOf("upstream peregrine {"));
        upstream = upstream.substring(0, upstream.indexOf("\n}"));
        assertEquals(defaults.maxBodySize(), bytes(directive(config, "client_max_body_size")), "client_max_body_size: maxBodySize");
        assertEquals(defaults.bufferedBodyLimit(), bytes(directive(config, "client_body_buffer_size")),
                "client_body_buffer_size: bufferedBodyLimit");
        assertEquals(defaults.maxRequestLineLength(), bytes(directive(config, "large_client_header_buffers").split(" ")[1]),
                "large_client_header_buffers: maxRequestLineLength");
        assertEquals(defaults.headerReadTimeout(), seconds(directive(config, "client_header_timeout")), "client_header_timeout");
        assertEquals(defaults.bodyReadTimeout(), seconds(directive(config, "client_body_timeout")), "client_body_timeout");
        assertEquals(defaults.writeTimeout(), seconds(directive(config, "send_timeout")), "send_timeout: writeTimeout");
        assertTrue(seconds(directive(upstream, "keepalive_timeout")).compareTo(defaults.idleTimeout()) < 0,
                "the upstream keepalive_timeout must be shorter than the instances' idleTimeout");
        assertEquals(0, defaults.maxConnectionsPerAddress(), "maxConnectionsPerAddress must be off behind nginx, where every client has nginx's address");
    }

    /** The value of the first {@code name} directive in {@code config}. */
    private static String directive(String config, String name) {
        Matcher directive = Pattern.compile("(?m)^\\s*" + name + "\\s+([^;]+);").matcher(config);
        assertTrue(directive.find(), "no " + name + " directive in the shipped config");
        return directive.group(1).strip();
    }

    /** nginx's size syntax: {@code 10m}, {@code 64k}, {@code 512}. */
    private static long bytes(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        long scale = unit == 'k' ? 1024 : unit == 'm' ? 1024 * 1024 : unit == 'g' ? 1024L * 1024 * 1024 : 1;
        return Long.parseLong(scale == 1 ? size : size.substring(0, size.length() - 1)) * scale;
    }

    /** nginx's time syntax, in whole seconds: {@code 60s}. */
    private static Duration seconds(String time) {
        assertTrue(time.endsWith("s") && !time.endsWith("ms"), "expected whole seconds such as 60s: " + time);
        return Duration.ofSeconds(Long.parseLong(time.substring(0, time.length() - 1)));
    }
}

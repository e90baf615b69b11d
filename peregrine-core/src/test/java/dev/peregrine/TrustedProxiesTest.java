package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.testing.SimulatedRequest;
import dev.peregrine.testing.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Forwarding headers with and without trusted proxies: the client's address, scheme, host and
 * access route, through the in-process client with the peer's address set.
 */
class TrustedProxiesTest {

    private static final TrustedProxies PROXIES = TrustedProxies.of("127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8");

    /** A client whose GET /r answers with what the request makes of its proxies. */
    private static TestClient client(TrustedProxies proxies) {
        App app = new App().get("/r", (req, resp) -> resp.media(Map.of(
                "client", req.clientAddress(),
                "scheme", req.forwardedScheme(),
                "host", req.forwardedHost(),
                "uri", req.forwardedUri(),
                "route", req.accessRoute())));
        if (proxies != null) {
            app.requestOptions().trustedProxies(proxies);
        }
        return new TestClient(app);
    }

    private static Map<String, Object> answer(SimulatedRequest request) {
        return request.send().jsonObject();
    }

    private static SimulatedRequest forged(TestClient client, String peer) {
        return client.get("/r").remoteAddress(peer).header("Host", "app.internal:8000")
                .header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Proto", "HTTPS")
                .header("X-Forwarded-Host", "evil.example");
    }

    // ---- Not configured: Falcon's behaviour ----------------------------------------------------

    @Test
    void withoutTrustedProxiesHeadersAreBelievedFromAnyPeerAsInFalcon() {
        Map<String, Object> answer = answer(forged(client(null), "198.51.100.1"));
        assertEquals("https", answer.get("scheme"));
        assertEquals("evil.example", answer.get("host"));
        assertEquals("https://evil.example/r", answer.get("uri"));
        assertEquals(List.of("203.0.113.9", "198.51.100.1"), answer.get("route"));
        assertEquals("198.51.100.1", answer.get("client"), "the client address is the peer's until proxies are trusted");
    }

    @Test
    void withoutTrustedProxiesTheFirstForwardedElementWinsAndAnEmptyOneFallsBack() {
        TestClient client = client(null);
        Map<String, Object> answer = answer(client.get("/r").header("Host", "h:1")
                .header("Forwarded", "for=192.0.2.1;proto=HTTPS;host=first.example, for=10.0.0.1;proto=http;host=second")
                .header("X-Forwarded-Proto", "ftp"));
        assertEquals("https", answer.get("scheme"));
        assertEquals("first.example", answer.get("host"));
        Map<String, Object> garbage = answer(client.get("/r").header("Host", "h:1").header("Forwarded", "!!!")
                .header("X-Forwarded-Proto", "ftp").scheme("https"));
        assertEquals("https", garbage.get("scheme"), "a Forwarded header that says nothing hides X-Forwarded-Proto, as in Falcon");
        assertEquals("h:1", garbage.get("host"));
    }

    @Test
    void withoutForwardingHeadersTheRequestsOwnValuesAreUsed() {
        Map<String, Object> answer = answer(client(null).get("/r").header("Host", "api.example:8443").scheme("https"));
        assertEquals("https", answer.get("scheme"));
        assertEquals("api.example:8443", answer.get("host"));
        assertEquals(List.of("127.0.0.1"), answer.get("route"));
    }

    // ---- Configured --------------------------------------------------------------------------

    @Test
    void anUntrustedPeersForwardingHeadersAreIgnored() {
        Map<String, Object> answer = answer(forged(client(PROXIES), "198.51.100.1"));
        assertEquals("198.51.100.1", answer.get("client"));
        assertEquals("http", answer.get("scheme"));
        assertEquals("app.internal:8000", answer.get("host"));
        assertEquals(List.of("198.51.100.1"), answer.get("route"));
    }

    @Test
    void aTrustedPeersForwardingHeadersAreHonoured() {
        Map<String, Object> answer = answer(forged(client(PROXIES), "10.1.2.3"));
        assertEquals("203.0.113.9", answer.get("client"));
        assertEquals("https", answer.get("scheme"));
        assertEquals("evil.example", answer.get("host"));
        assertEquals(List.of("203.0.113.9", "10.1.2.3"), answer.get("route"));
    }

    @Test
    void theChainIsWalkedFromTheRightPastEveryTrustedHop() {
        TestClient client = client(PROXIES);
        Map<String, Object> answer = answer(client.get("/r").remoteAddress("127.0.0.1")
                .header("X-Forwarded-For", "1.1.1.1, 203.0.113.9, 10.0.0.7,10.9.9.9"));
        assertEquals("203.0.113.9", answer.get("client"), "1.1.1.1 was written by the client itself: not believed");
        Map<String, Object> allTrusted = answer(client.get("/r").remoteAddress("127.0.0.1")
                .header("X-Forwarded-For", "10.0.0.1, 10.0.0.2"));
        assertEquals("10.0.0.1", allTrusted.get("client"), "when every hop is trusted, the left-most address");
        Map<String, Object> lines = answer(client.get("/r").remoteAddress("127.0.0.1")
                .header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-For", "10.0.0.2"));
        assertEquals("203.0.113.9", lines.get("client"), "several header lines make one chain");
    }

    @Test
    void forwardedElementsAreWalkedAndTheClientsHopGivesSchemeAndHost() {
        Map<String, Object> answer = answer(client(PROXIES).get("/r").remoteAddress("10.0.0.2").header("Host", "internal")
                .header("Forwarded", "for=1.1.1.1;proto=http;host=forged.example")
                .header("Forwarded", "for=\"203.0.113.9:4711\";proto=https;host=shop.example, for=10.0.0.1;proto=http;host=internal"));
        assertEquals("203.0.113.9", answer.get("client"));
        assertEquals("https", answer.get("scheme"));
        assertEquals("shop.example", answer.get("host"));
        assertEquals("https://shop.example/r", answer.get("uri"));
    }

    @Test
    void theNearestProxysXForwardedProtoAndHostCount() {
        Map<String, Object> answer = answer(client(PROXIES).get("/r").remoteAddress("10.0.0.2")
                .header("X-Forwarded-Proto", "http, HTTPS").header("X-Forwarded-Host", "forged.example, shop.example"));
        assertEquals("https", answer.get("scheme"));
        assertEquals("shop.example", answer.get("host"));
    }

    @Test
    void ipv6PeersRangesAndBracketedAddressesWithPorts() {
        TestClient client = client(PROXIES);
        Map<String, Object> answer = answer(client.get("/r").remoteAddress("0:0:0:0:0:0:0:1")
                .header("Forwarded", "for=\"[2001:db8::17]:4711\", for=\"[fd00::5]\""));
        assertEquals("2001:db8::17", answer.get("client"));
        Map<String, Object> forwardedFor = answer(client.get("/r").remoteAddress("fd12:3456::1")
                .header("X-Forwarded-For", "2001:db8::9, [fd00::2]:443"));
        assertEquals("2001:db8::9", forwardedFor.get("client"));
        Map<String, Object> outside = answer(client.get("/r").remoteAddress("fe80::1").header("X-Forwarded-For", "2001:db8::9"));
        assertEquals("fe80::1", outside.get("client"));
        Map<String, Object> mapped = answer(client.get("/r").remoteAddress("::ffff:10.0.0.3").header("X-Forwarded-For", "192.0.2.5"));
        assertEquals("192.0.2.5", mapped.get("client"), "an IPv4-mapped peer is matched as the IPv4 address it maps");
    }

    @Test
    void unknownAndObfuscatedIdentifiersStopTheWalkAtTheProxyThatWroteThem() {
        TestClient client = client(PROXIES);
        assertEquals("10.0.0.1", answer(client.get("/r").remoteAddress("10.0.0.2")
                .header("Forwarded", "for=unknown, for=10.0.0.1")).get("client"));
        assertEquals("10.0.0.2", answer(client.get("/r").remoteAddress("10.0.0.2")
                .header("Forwarded", "for=203.0.113.9, for=_hidden")).get("client"));
    }

    @Test
    void malformedHeaderValuesGiveThePeersAddressNeverAnError() {
        TestClient client = client(PROXIES);
        for (String chain : List.of("", ",", "not an address", "300.1.1.1", "1.2.3", "01.2.3.4", "[::1", "[::1]:http",
                "1.2.3.4:99999", "::1::2", "1.2.3.4 , ", "\u00e9\u00e9", "[1.2.3.4]", "x".repeat(500))) {
            Map<String, Object> answer = answer(client.get("/r").remoteAddress("10.0.0.2").header("X-Forwarded-For", chain));
            assertEquals("10.0.0.2", answer.get("client"), chain);
        }
        for (String forwarded : List.of("for=", "for=\"[::1\"", "garbage;;;,,", "for=\"unterminated")) {
            Map<String, Object> answer = answer(client.get("/r").remoteAddress("10.0.0.2").header("Forwarded", forwarded));
            assertEquals("10.0.0.2", answer.get("client"), forwarded);
        }
        assertEquals("10.0.0.2", answer(client.get("/r").remoteAddress("10.0.0.2").header("X-Real-IP", "localhost")).get("client"));
        assertEquals("192.0.2.8", answer(client.get("/r").remoteAddress("10.0.0.2").header("X-Real-IP", "192.0.2.8")).get("client"));
    }

    @Test
    void noTrustedProxyIgnoresForwardingHeadersFromEveryone() {
        Map<String, Object> answer = answer(forged(client(TrustedProxies.none()), "127.0.0.1"));
        assertEquals("127.0.0.1", answer.get("client"));
        assertEquals("http", answer.get("scheme"));
        assertEquals(List.of("127.0.0.1"), answer.get("route"));
    }

    // ---- Configuration -----------------------------------------------------------------------

    @Test
    void rangesMatchTheirAddressesOnly() {
        TrustedProxies proxies = TrustedProxies.of("192.168.0.0/16", "10.1.2.3/8", "2001:db8::/32", "::ffff:172.16.0.0/108", "0.0.0.0/0");
        assertTrue(proxies.trusts("10.200.0.1"), "bits past the prefix are ignored");
        assertTrue(proxies.trusts("2001:db8:ffff::1"));
        assertFalse(proxies.trusts("2001:db9::1"));
        assertTrue(proxies.trusts("8.8.8.8"), "0.0.0.0/0 is every IPv4 address");
        assertFalse(proxies.trusts("::2"), "and no IPv6 address");
        assertFalse(proxies.trusts("proxy.internal"));
        TrustedProxies narrow = TrustedProxies.of("::ffff:172.16.0.0/108", "fd00::1");
        assertTrue(narrow.trusts("172.16.9.9"));
        assertFalse(narrow.trusts("172.32.0.1"));
        assertTrue(narrow.trusts("fd00:0:0:0:0:0:0:1"));
        assertFalse(narrow.trusts("fd00::2"));
    }

    @Test
    void aBadEntryFailsAtConfigurationNamingItWithAnExample() {
        assertEquals("Trusted proxy \"proxy.internal\" is not an IP address or a CIDR range; give an address such as"
                + " 10.0.0.1 or ::1, or a range such as 10.0.0.0/8 or fd00::/8 (host names are not looked up)",
                assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("127.0.0.1", "proxy.internal")).getMessage());
        assertEquals("Trusted proxy \"10.0.0.0/33\" has a prefix longer than the 32 bits of its address; use at most /32,"
                + " such as 10.0.0.0/8",
                assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("10.0.0.0/33")).getMessage());
        assertEquals("Trusted proxy \"fd00::/129\" has a prefix longer than the 128 bits of its address; use at most /128,"
                + " such as fd00::/8",
                assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("fd00::/129")).getMessage());
        assertEquals("Trusted proxy \"10.0.0.0/\" has no prefix length after '/'; write the number of leading bits,"
                + " such as 10.0.0.0/8",
                assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("10.0.0.0/")).getMessage());
        for (String bad : List.of("10", "10.1", "10.0.0.0/8/8", "10.0.0.0/-1", "[::1]", "1.2.3.4:80", "", "::1/x")) {
            String message = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(bad), bad).getMessage();
            assertTrue(message.startsWith("Trusted proxy \"" + bad + "\""), message);
        }
    }

    @Test
    void trustedProxiesCannotChangeOnceTheAppServes() {
        App app = new App().get("/r", (req, resp) -> resp.text("ok"));
        new TestClient(app).simulateGet("/r");
        assertThrows(IllegalStateException.class, () -> app.requestOptions().trustedProxies(PROXIES));
    }
}

package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.Forwarded;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessRouteTest {

    private static Forwarded hop(String src) {
        return new Forwarded(src, null, null, null);
    }

    @Test
    void forwardedHopsComeFirstWithPortsAndBracketsStripped() {
        List<Forwarded> forwarded = List.of(hop("[::1]:80"), hop("1.2.3.4:80"), hop("[2001:db8::2]"), hop("unknown"));

        assertEquals(List.of("::1", "1.2.3.4", "2001:db8::2", "unknown", "10.0.0.1"),
                AccessRoute.compute(forwarded, "9.9.9.9", "8.8.8.8", "10.0.0.1"));
    }

    @Test
    void bareIpv6AddressIsKeptWhole() {
        assertEquals(List.of("2001:db8::1", "10.0.0.1"),
                AccessRoute.compute(List.of(hop("2001:db8::1")), null, null, "10.0.0.1"));
    }

    @Test
    void forwardedHopsWithoutForAreLeftOut() {
        assertEquals(List.of("1.1.1.1", "10.0.0.1"),
                AccessRoute.compute(List.of(hop(null), hop("1.1.1.1")), null, null, "10.0.0.1"));
    }

    @Test
    void presentButUselessForwardedDoesNotFallBackToOtherHeaders() {
        assertEquals(List.of("10.0.0.1"), AccessRoute.compute(List.of(), "9.9.9.9", "8.8.8.8", "10.0.0.1"));
    }

    @Test
    void xForwardedForIsSplitOnCommasAndStripped() {
        assertEquals(List.of("1.1.1.1", "2.2.2.2", "10.0.0.1"),
                AccessRoute.compute(null, " 1.1.1.1 ,2.2.2.2", "8.8.8.8", "10.0.0.1"));
    }

    @Test
    void xRealIpIsUsedWhenNoOtherHeaderIsPresent() {
        assertEquals(List.of("8.8.8.8", "10.0.0.1"), AccessRoute.compute(null, null, "8.8.8.8", "10.0.0.1"));
    }

    @Test
    void remoteAddressIsNotRepeatedWhenItAlreadyEndsTheRoute() {
        assertEquals(List.of("1.1.1.1", "10.0.0.1"), AccessRoute.compute(null, "1.1.1.1, 10.0.0.1", null, "10.0.0.1"));
    }

    @Test
    void withoutHeadersTheRouteIsTheRemoteAddress() {
        assertEquals(List.of("127.0.0.1"), AccessRoute.compute(null, null, null, "127.0.0.1"));
    }

    @Test
    void hostOfStripsOnlyASinglePort() {
        assertEquals("example.com", AccessRoute.hostOf("example.com:8080"));
    }
}

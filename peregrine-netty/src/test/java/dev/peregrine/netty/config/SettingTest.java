package dev.peregrine.netty.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.netty.Dispatch;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reading configured values, and the messages that name a bad one. */
class SettingTest {

    private static Setting given(String value) {
        return new Setting("maxBodySize", value, "environment variable PEREGRINE_MAX_BODY_SIZE");
    }

    @Test
    void sizesTakeBytesOrBinaryUnitsInAnyCase() {
        assertEquals(512, given("512").asSize());
        assertEquals(512, given("512B").asSize());
        assertEquals(64 * 1024, given("64KiB").asSize());
        assertEquals(10L * 1024 * 1024, given("10mib").asSize());
        assertEquals(1024L * 1024 * 1024, given("1GiB").asSize());
        assertEquals(1_000_000, given("1_000_000").asSize());
    }

    @Test
    void durationsTakeAUnitOrIso8601() {
        assertEquals(Duration.ofMillis(250), given("250ms").asDuration());
        assertEquals(Duration.ofSeconds(30), given("30s").asDuration());
        assertEquals(Duration.ofMinutes(5), given("5m").asDuration());
        assertEquals(Duration.ofHours(1), given("1h").asDuration());
        assertEquals(Duration.ofSeconds(90), given("PT1M30S").asDuration());
    }

    @Test
    void flagsAndChoicesIgnoreCase() {
        assertTrue(given("TRUE").asBoolean());
        assertEquals(Dispatch.INLINE, given("inline").asEnum(Dispatch.class));
    }

    @Test
    void aBadValueIsNamedWithItsSourceAndTheFix() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> given("10MB").asSize());
        assertEquals("Setting maxBodySize = \"10MB\" (environment variable PEREGRINE_MAX_BODY_SIZE) is not a whole number;"
                + " use digits only, for example 8080", size.getMessage());
        IllegalArgumentException duration = assertThrows(IllegalArgumentException.class, () -> given("30").asDuration());
        assertTrue(duration.getMessage().contains("has no unit; use a number with a unit"), duration.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> given("70000").asInt(0, 65_535));
        assertTrue(range.getMessage().endsWith("is out of range; use a whole number between 0 and 65535"), range.getMessage());
        IllegalArgumentException choice = assertThrows(IllegalArgumentException.class, () -> given("threads").asEnum(Dispatch.class));
        assertTrue(choice.getMessage().endsWith("use one of VIRTUAL_THREADS, INLINE, POOL"), choice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> given("yes").asBoolean());
        assertThrows(IllegalArgumentException.class, () -> given("-5").asSize());
        assertThrows(IllegalArgumentException.class, () -> given("").asText());
        assertThrows(IllegalArgumentException.class, () -> given("99999999999999999999").asSize());
    }
}

package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.ByteRange;
import dev.peregrine.properties.NearValid;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** {@link RangeParser} fails only with its documented descriptions, and reads valid ranges exactly. */
class RangeParserProperties {

    private static final String SPECIALS = "=-,bytes 0123456789+";
    private static final Set<String> DESCRIPTIONS = Set.of(RangeParser.NOT_CONTINUOUS, RangeParser.MALFORMED,
            RangeParser.MISSING_UNIT, RangeParser.MISSING_OFFSETS);

    @Property
    void anyRangeParsesOrFailsWithADocumentedDescription(@ForAll("ranges") String header) {
        try {
            RangeParser.parse(header);
        } catch (IllegalArgumentException e) {
            assertTrue(DESCRIPTIONS.contains(e.getMessage()), e.getMessage());
        }
    }

    /** Positions have at most 18 digits (the parser refuses more, so no value overflows a long). */
    @Property
    void closedRangeParsesBack(@ForAll @LongRange(min = 0, max = 499_999_999_999_999_999L) long first,
                               @ForAll @LongRange(min = 0, max = 499_999_999_999_999_999L) long length) {
        assertEquals(new ByteRange(first, first + length, "bytes"), RangeParser.parse("bytes=" + first + "-" + (first + length)));
    }

    @Example
    void megabyteRangeParsesInLinearTime() {
        String header = "bytes=" + "0".repeat(NearValid.HUGE) + "-" + "1".repeat(NearValid.HUGE);
        NearValid.withinLinearBound(() -> {
            try {
                return RangeParser.parse(header);
            } catch (IllegalArgumentException expected) {
                return null;
            }
        });
    }

    @Provide
    Arbitrary<String> ranges() {
        Arbitrary<String> valid = Arbitraries.of("bytes=0-499", "bytes=500-", "bytes=-500", "items=1-2",
                "bytes=9223372036854775806-9223372036854775807");
        return Arbitraries.oneOf(NearValid.anyText(SPECIALS), NearValid.mutationsOf(valid, SPECIALS));
    }
}

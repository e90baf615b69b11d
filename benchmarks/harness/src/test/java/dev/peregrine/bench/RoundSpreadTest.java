package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundSpreadTest {
    @Test
    void spreadHoldsTheMedianAndTheExtremeRounds() {
        assertEquals(new RoundSpread(61_475, 49_239, 69_910), RoundSpread.of(69_910, 49_239, 61_475));
    }

    @Test
    void describeShowsTheRangeBesideTheMedianAndMarksAWideSpread() {
        assertEquals("61,475 (49,239–69,910) ⚠", new RoundSpread(61_475, 49_239, 69_910).describe("%,.0f"));
    }

    @Test
    void spreadOfExactlyTenPercentIsNotWide() {
        assertFalse(new RoundSpread(100, 95, 105).wide());
        assertEquals("100.0 (95.0–105.0)", new RoundSpread(100, 95, 105).describe("%.1f"));
    }

    @Test
    void spreadJustOverTenPercentIsWide() {
        assertTrue(new RoundSpread(100, 95, 105.1).wide());
    }

    @Test
    void noRoundsDescribeAsADash() {
        assertEquals("–", RoundSpread.of().describe("%,.0f"));
    }
}

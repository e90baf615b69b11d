package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MedianTest {
    @Test
    void oddCountGivesTheMiddleValue() {
        assertEquals(5.0, Median.of(9, 1, 5));
    }

    @Test
    void evenCountGivesTheMeanOfTheTwoMiddleValues() {
        assertEquals(4.5, Median.of(10, 1, 4, 5));
    }

    @Test
    void oneDisturbedRoundDoesNotMoveIt() {
        assertEquals(100.0, Median.of(100, 101, 3, 99, 100));
    }

    @Test
    void noValuesGiveNaN() {
        assertTrue(Double.isNaN(Median.of()));
    }

    @Test
    void theCallersArrayIsLeftUnsorted() {
        double[] values = {3, 1, 2};
        Median.of(values);
        assertArrayEquals(new double[] {3, 1, 2}, values);
    }
}

package dev.peregrine.bench.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RateScheduleTest {
    private static final long START = 7_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @Test
    void firstRequestIsIntendedAtTheStart() {
        assertEquals(START, new RateSchedule(START, 1000, SECOND).intendedNanos(0));
    }

    @Test
    void requestsAreSpacedByOneOverTheRate() {
        RateSchedule schedule = new RateSchedule(START, 4, SECOND);
        assertEquals(START + 250_000_000L, schedule.intendedNanos(1));
        assertEquals(START + 750_000_000L, schedule.intendedNanos(3));
    }

    @Test
    void intendedTimesRoundDownWhenTheRateDoesNotDivideASecond() {
        RateSchedule schedule = new RateSchedule(START, 3, SECOND);
        assertEquals(START + 333_333_333L, schedule.intendedNanos(1));
        assertEquals(START + 666_666_666L, schedule.intendedNanos(2));
    }

    @Test
    void totalIsRateTimesDuration() {
        assertEquals(50_000, new RateSchedule(START, 20_000, 2_500_000_000L).total());
    }

    @Test
    void nothingIsDueBeforeTheStart() {
        assertEquals(0, new RateSchedule(START, 1000, SECOND).dueCount(START - 1));
    }

    @Test
    void aRequestIsDueExactlyFromItsIntendedTime() {
        RateSchedule schedule = new RateSchedule(START, 3, SECOND);
        for (long i = 0; i < schedule.total(); i++) {
            long intended = schedule.intendedNanos(i);
            assertEquals(i, schedule.dueCount(intended - 1), "due just before request " + i);
            assertEquals(i + 1, schedule.dueCount(intended), "due at request " + i);
        }
    }

    @Test
    void dueCountStopsAtTheTotal() {
        RateSchedule schedule = new RateSchedule(START, 100, SECOND);
        assertEquals(100, schedule.dueCount(START + 10 * SECOND));
    }

    @Test
    void aRateBelowOneIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new RateSchedule(START, 0, SECOND));
        assertEquals("the attempted rate must be at least 1 request a second, not 0", error.getMessage());
    }
}

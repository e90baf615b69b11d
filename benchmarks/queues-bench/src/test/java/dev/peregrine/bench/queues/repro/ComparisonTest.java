package dev.peregrine.bench.queues.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How rounds become one row, and the ratios taken between rows. */
class ComparisonTest {
    private final ReproSetup setup = Runs.setup();

    @Test
    void rowIsTheRoundWithTheMedianRequestRate() {
        Comparison comparison = Comparison.of(setup, List.of(
                Runs.table1("peregrine-lua", 1, 9000, 4, 0), Runs.table1("peregrine-lua", 2, 7000, 9, 0),
                Runs.table1("peregrine-lua", 3, 8000, 6, 0)));

        Comparison.Row lua = comparison.table1Row("peregrine-lua");
        assertEquals(3, lua.medianRound());
        assertEquals(8000, lua.median().requestsPerSecond());
        assertEquals(6, lua.median().p99(), "the latency is the median round's, not a median of each figure");
        assertEquals(List.of(9000.0, 7000.0, 8000.0), lua.roundRates());
    }

    @Test
    void evenRoundCountTakesTheLowerMiddleRound() {
        Comparison comparison = Comparison.of(Runs.setup(2), List.of(
                Runs.table1("peregrine-lua", 1, 9000, 4, 0), Runs.table1("peregrine-lua", 2, 7000, 9, 0)));

        assertEquals(2, comparison.table1Row("peregrine-lua").medianRound());
    }

    @Test
    void errorsOfEveryRoundAreShownEvenWhenTheMedianRoundHadNone() {
        Comparison comparison = Comparison.of(setup, List.of(
                Runs.table1("zaqar-uwsgi", 1, 900, 40, 12), Runs.table1("zaqar-uwsgi", 2, 1000, 30, 0),
                Runs.table1("zaqar-uwsgi", 3, 1100, 20, 3)));

        Comparison.Row zaqar = comparison.table1Row("zaqar-uwsgi");
        assertEquals(2, zaqar.medianRound());
        assertTrue(zaqar.bad());
        assertEquals("503 × 15 (3 rounds)", zaqar.errorText());
    }

    @Test
    void configurationWithoutRunsIsMissingAndMarked() {
        Comparison comparison = Comparison.of(Runs.setup(1), List.of(Runs.table1("peregrine-lua", 1, 8000, 6, 0)));

        Comparison.Row watchMulti = comparison.table1Row("peregrine-watch-multi");
        assertTrue(watchMulti.missing());
        assertTrue(watchMulti.bad());
        assertEquals("no results", watchMulti.errorText());
        assertFalse(comparison.table1Row("peregrine-lua").bad());
    }

    @Test
    void roundWithoutAResultIsSaidAndMarked() {
        Comparison comparison = Comparison.of(setup, List.of(
                Runs.table1("zaqar-uwsgi", 1, 900, 40, 0), Runs.table1("zaqar-uwsgi", 3, 1000, 30, 0)));

        Comparison.Row zaqar = comparison.table1Row("zaqar-uwsgi");
        assertTrue(zaqar.bad());
        assertEquals("none; 1 of 3 rounds left no result", zaqar.errorText());
    }

    @Test
    void ratiosArePostsAndOursFromTheMedianRounds() {
        Comparison comparison = Comparison.of(Runs.setup(1), List.of(
                Runs.table1("peregrine-watch-multi", 1, 4000, 20, 0), Runs.table1("peregrine-lua", 1, 8000, 5, 0),
                Runs.table1("zaqar-uwsgi", 1, 2000, 40, 0)));

        List<Comparison.Ratio> ratios = comparison.ratios();
        assertEquals(8246.0 / 5223.0, ratios.get(0).post(), 1e-9);
        assertEquals(2.0, ratios.get(0).here(), 1e-9);
        assertEquals(42.1 / 10.7, ratios.get(1).post(), 1e-9);
        assertEquals(4.0, ratios.get(1).here(), 1e-9);
        assertTrue(Double.isNaN(ratios.get(2).post()), "the post has no Peregrine");
        assertEquals(4.0, ratios.get(2).here(), 1e-9);
    }

    @Test
    void ratioWithAMissingSideIsNotANumber() {
        Comparison comparison = Comparison.of(Runs.setup(1), List.of(Runs.table1("peregrine-lua", 1, 8000, 5, 0)));

        assertTrue(Double.isNaN(comparison.ratios().get(0).here()));
        assertTrue(Double.isNaN(comparison.ratios().get(2).here()));
    }

    @Test
    void table2PicksEachRolesMedianRoundOnItsOwn() {
        Comparison comparison = Comparison.of(setup, List.of(
                Runs.table2("peregrine-lua", 1, 100, 30, 500), Runs.table2("peregrine-lua", 2, 300, 10, 400),
                Runs.table2("peregrine-lua", 3, 200, 20, 600)));

        List<Comparison.Row> lua = comparison.table2().stream().filter(row -> row.config().id().equals("peregrine-lua")).toList();
        assertEquals(List.of("producer", "consumer", "observer"), lua.stream().map(Comparison.Row::role).toList());
        assertEquals(List.of(3, 3, 1), lua.stream().map(Comparison.Row::medianRound).toList());
    }

    @Test
    void runNameMustSayTableConfigurationAndRound() {
        RunFile run = Runs.table1("peregrine-lua-single-zadds", 12, 1, 1, 0);
        assertEquals("peregrine-lua-single-zadds", run.config());
        assertEquals(12, run.round());
        assertFalse(RunFile.isRunName("setup.json"));
        assertThrows(IllegalArgumentException.class,
                () -> RunFile.parse("table3-x-r1.json", new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()));
    }
}

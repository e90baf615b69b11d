package dev.peregrine.bench.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.peregrine.bench.BenchmarkPlan;
import dev.peregrine.bench.CellSummary;
import dev.peregrine.bench.Endpoint;
import dev.peregrine.bench.LoadShape;
import dev.peregrine.bench.MachineFacts;
import dev.peregrine.bench.RoundResult;
import dev.peregrine.bench.RunOrder;
import dev.peregrine.bench.Scenario;
import dev.peregrine.bench.SweepStep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a run recorded, in the layout of its {@code results.json}: the report is rendered from
 * this, whether straight after a run or later from the file.
 *
 * @param plan      the plan that ran
 * @param baseline  the peer ratios are taken against
 * @param machine   the machine's facts and the flags
 * @param skipped   peers left out, with the reason
 * @param summaries the figures of every peer in every scenario, in report order; written to the file for
 *                  its readers, but summarized again from the rounds when read, so that a report
 *                  rendered later follows the current rules
 * @param rounds    every measured round
 * @param sweep     every step of the open-loop rate sweep in the order they ran; empty when none ran,
 *                  as in results written before the sweep existed
 * @param order     the seed of the peers' shuffled order and whether they were up one at a time,
 *                  or {@code null} in results written before either existed
 */
@JsonIgnoreProperties(value = {"summaries"}, allowGetters = true)
public record RunResults(BenchmarkPlan plan, String baseline, MachineFacts machine, Map<String, String> skipped,
                         List<CellSummary> summaries, List<RoundResult> rounds, List<SweepStep> sweep,
                         RunOrder order) {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Reads a missing {@code sweep} (an older {@code results.json}) as no sweep, and missing summaries
     * (any file read) as the summaries of the rounds.
     */
    public RunResults {
        sweep = sweep == null ? List.of() : List.copyOf(sweep);
        summaries = summaries == null ? summarize(rounds) : List.copyOf(summaries);
    }

    /**
     * Records a run without a rate sweep.
     *
     * @param plan      the plan that ran
     * @param baseline  the peer ratios are taken against
     * @param machine   the machine's facts and the flags
     * @param skipped   peers left out, with the reason
     * @param summaries the medians of every peer in every scenario, in report order
     * @param rounds    every measured round
     */
    public RunResults(BenchmarkPlan plan, String baseline, MachineFacts machine, Map<String, String> skipped,
                      List<CellSummary> summaries, List<RoundResult> rounds) {
        this(plan, baseline, machine, skipped, summaries, rounds, List.of());
    }

    /**
     * Records a run whose order was not recorded.
     *
     * @param plan      the plan that ran
     * @param baseline  the peer ratios are taken against
     * @param machine   the machine's facts and the flags
     * @param skipped   peers left out, with the reason
     * @param summaries the medians of every peer in every scenario, in report order
     * @param rounds    every measured round
     * @param sweep     every step of the open-loop rate sweep in the order they ran
     */
    public RunResults(BenchmarkPlan plan, String baseline, MachineFacts machine, Map<String, String> skipped,
                      List<CellSummary> summaries, List<RoundResult> rounds, List<SweepStep> sweep) {
        this(plan, baseline, machine, skipped, summaries, rounds, sweep, null);
    }

    /**
     * Reads a run's {@code results.json}.
     *
     * @param file the file
     * @return the results
     * @throws IOException when the file cannot be read or is not a results document
     */
    public static RunResults read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("No results file " + file.toAbsolutePath()
                    + "; pass a results folder written by a benchmark run (it holds results.json).");
        }
        return MAPPER.readValue(file.toFile(), RunResults.class);
    }

    /**
     * Writes the results as {@code results.json}.
     *
     * @param file the file to write
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), this);
    }

    /**
     * Summarizes rounds per scenario and peer, scenarios and peers in the order their rounds ran.
     *
     * @param rounds every round, failed ones included
     * @return one summary per scenario and peer
     */
    private static List<CellSummary> summarize(List<RoundResult> rounds) {
        Map<String, Map<String, List<RoundResult>>> cells = new LinkedHashMap<>();
        for (RoundResult round : rounds) {
            cells.computeIfAbsent(round.endpoint() + "\n" + round.shape(), key -> new LinkedHashMap<>())
                    .computeIfAbsent(round.peer(), peer -> new ArrayList<>()).add(round);
        }
        List<CellSummary> summaries = new ArrayList<>();
        for (Map<String, List<RoundResult>> cell : cells.values()) {
            for (Map.Entry<String, List<RoundResult>> peer : cell.entrySet()) {
                RoundResult first = peer.getValue().getFirst();
                Scenario scenario = new Scenario(Endpoint.byLabel(first.endpoint()), LoadShape.fromLabel(first.shape()));
                summaries.add(CellSummary.of(peer.getKey(), scenario, peer.getValue()));
            }
        }
        return summaries;
    }

    /**
     * Returns the summaries of one scenario, in report order.
     *
     * @param scenario the scenario
     * @return its summaries, one per peer
     */
    public List<CellSummary> summariesOf(Scenario scenario) {
        List<CellSummary> cell = new ArrayList<>();
        for (CellSummary summary : summaries) {
            if (summary.endpoint().equals(scenario.endpoint().label())
                    && summary.shape().equals(scenario.shape().label())) {
                cell.add(summary);
            }
        }
        return cell;
    }

    /**
     * Returns the succeeded rounds of one peer in one scenario.
     *
     * @param peer     the peer's name
     * @param scenario the scenario
     * @return its rounds that produced a report
     */
    public List<RoundResult> roundsOf(String peer, Scenario scenario) {
        List<RoundResult> cell = new ArrayList<>();
        for (RoundResult round : rounds) {
            if (round.succeeded() && round.peer().equals(peer) && round.endpoint().equals(scenario.endpoint().label())
                    && round.shape().equals(scenario.shape().label())) {
                cell.add(round);
            }
        }
        return cell;
    }
}

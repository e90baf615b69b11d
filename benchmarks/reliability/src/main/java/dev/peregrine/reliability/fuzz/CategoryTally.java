package dev.peregrine.reliability.fuzz;

import java.util.Map;
import java.util.TreeMap;

/** Counts for one category: inputs, statuses answered, closes, server timeouts (408), failures, and inputs per variant. */
final class CategoryTally {

    long inputs;
    long answers;
    long interimAnswers;
    long closedByServer;
    long serverTimeouts;
    long failures;
    final Map<Integer, Long> statuses = new TreeMap<>();
    final Map<String, Long> variants = new TreeMap<>();

    synchronized void add(FuzzInput input, ExchangeResult result) {
        inputs++;
        answers += result.statuses().size();
        interimAnswers += result.interim();
        if (result.closedByServer()) {
            closedByServer++;
        }
        if (result.statuses().contains(408)) {
            serverTimeouts++;
        }
        if (result.failed()) {
            failures++;
        }
        for (int status : result.statuses()) {
            statuses.merge(status, 1L, Long::sum);
        }
        // NOTE: byte mutations are named by their kinds in order; only the first kind is counted so the table stays short.
        String variant = input.category() == Category.BYTES ? input.variant().split("\\+")[0] + " first" : input.variant();
        variants.merge(variant, 1L, Long::sum);
    }
}

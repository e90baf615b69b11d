package dev.peregrine.reliability.fuzz;

import java.util.List;

/**
 * What happened to one input on its connection.
 *
 * @param statuses       the final answers' statuses, in order (interim 1xx answers left out)
 * @param interim        how many 1xx answers came
 * @param closedByServer whether the server closed the connection (or reset it)
 * @param failure        the oracle's complaint, or {@code null} when the server behaved
 */
record ExchangeResult(List<Integer> statuses, int interim, boolean closedByServer, String failure) {

    boolean failed() {
        return failure != null;
    }
}

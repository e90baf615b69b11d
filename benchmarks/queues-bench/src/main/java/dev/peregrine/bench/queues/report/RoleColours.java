package dev.peregrine.bench.queues.report;

import dev.peregrine.bench.queues.Role;
import dev.peregrine.bench.report.HtmlReport;
import java.util.List;

/**
 * Which of the harness report's colour classes stands for which role, and the key that says so:
 * producers orange, consumers grey, observers blue.
 */
final class RoleColours {
    private RoleColours() {
    }

    /** The style class of a role's bars. */
    static String kind(Role role) {
        return switch (role) {
            case PRODUCER -> "peregrine";
            case CONSUMER -> "baseline";
            case OBSERVER -> "peer";
        };
    }

    /** The palette index of a role's line in {@link dev.peregrine.bench.report.LineChart}: orange, grey, blue. */
    static int lineColour(Role role) {
        return switch (role) {
            case PRODUCER -> 1;
            case CONSUMER -> 0;
            case OBSERVER -> 4;
        };
    }

    /** The report's colour key. */
    static List<HtmlReport.Swatch> key() {
        return List.of(new HtmlReport.Swatch(kind(Role.PRODUCER), "producers"),
                new HtmlReport.Swatch(kind(Role.CONSUMER), "consumers"),
                new HtmlReport.Swatch(kind(Role.OBSERVER), "observers"));
    }
}

package dev.peregrine.bench.queues.report;

import dev.peregrine.bench.queues.RoleResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A role's errors in one phrase, the same in the text, Markdown and HTML outputs: {@code 503 × 12, 1 connection error}. */
final class ErrorText {
    private ErrorText() {
    }

    static String of(RoleResult role) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Integer, Long> entry : role.errorsByStatus().entrySet()) {
            parts.add(entry.getKey() + " × " + entry.getValue());
        }
        if (role.connectionErrors() > 0) {
            parts.add(role.connectionErrors() + " connection error" + (role.connectionErrors() == 1 ? "" : "s"));
        }
        if (role.timeouts() > 0) {
            parts.add(role.timeouts() + " timeout" + (role.timeouts() == 1 ? "" : "s"));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}

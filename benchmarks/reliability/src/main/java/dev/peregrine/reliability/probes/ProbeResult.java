package dev.peregrine.reliability.probes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one probe found: its oracles' verdicts, its targets, a one-line headline, a Markdown
 * report and the raw numbers for {@code <probe>.json}.
 *
 * @param probe the probe's subcommand name, for example {@code slowloris}
 * @param title a heading
 * @param headline the result in one line
 * @param checks the oracles; the probe passes when all hold
 * @param targets numbers the probe aims for, reported only
 * @param report the Markdown body below the verdicts
 * @param data the raw numbers, written as JSON
 */
record ProbeResult(
        String probe,
        String title,
        String headline,
        List<Check> checks,
        List<Check> targets,
        String report,
        Map<String, Object> data) {

    /** Whether every oracle held. */
    boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }

    /** The checks that failed, for a test's message. */
    List<Check> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** The whole Markdown report: heading, command, verdicts, then the probe's own report. */
    String markdown(String command, Machine machine) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        md.append("Command: `").append(command).append("`\n\n");
        md.append(machine.markdown()).append("\n\n");
        md.append("**").append(passed() ? "PASS" : "FAIL").append("**: ").append(headline).append("\n\n");
        md.append("| oracle | verdict | numbers |\n|---|---|---|\n");
        for (Check check : checks) {
            md.append("| ").append(check.name()).append(" | ").append(check.passed() ? "holds" : "**FAILS**")
                    .append(" | ").append(check.detail()).append(" |\n");
        }
        if (!targets.isEmpty()) {
            md.append("\n| target | met | numbers |\n|---|---|---|\n");
            for (Check target : targets) {
                md.append("| ").append(target.name()).append(" | ").append(target.passed() ? "yes" : "**no**")
                        .append(" | ").append(target.detail()).append(" |\n");
            }
        }
        md.append('\n').append(report);
        return md.toString();
    }

    /** What goes into {@code <probe>.json}. */
    Map<String, Object> json(String command, Machine machine) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("probe", probe);
        json.put("title", title);
        json.put("command", command);
        json.put("passed", passed());
        json.put("headline", headline);
        json.put("machine", machine);
        json.put("checks", checks);
        json.put("targets", targets);
        json.put("data", data);
        return json;
    }
}

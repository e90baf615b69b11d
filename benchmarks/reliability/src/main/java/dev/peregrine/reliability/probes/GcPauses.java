package dev.peregrine.reliability.probes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The GC pauses of a JVM run with {@code -Xlog:gc:file=...}, read from lines such as
 * {@code [12.3s][info][gc] GC(7) Pause Young (Allocation Failure) 66M->1M(245M) 1.234ms}. Pauses
 * the probe asked for ({@code System.gc()}, to measure the live heap) are kept apart from the
 * collector's own.
 *
 * @param collectorPausesMs the collector's own pauses, in the order they happened
 * @param requestedPausesMs pauses of {@code System.gc()} calls
 */
record GcPauses(List<Double> collectorPausesMs, List<Double> requestedPausesMs) {

    static GcPauses read(Path log) throws IOException {
        return parse(Files.exists(log) ? Files.readAllLines(log) : List.of());
    }

    static GcPauses parse(List<String> lines) {
        List<Double> collector = new ArrayList<>();
        List<Double> requested = new ArrayList<>();
        for (String line : lines) {
            int pause = line.indexOf(" Pause ");
            if (pause < 0 || !line.endsWith("ms")) {
                continue;
            }
            int lastSpace = line.lastIndexOf(' ');
            double millis = Double.parseDouble(line.substring(lastSpace + 1, line.length() - 2));
            (line.contains("(System.gc())") ? requested : collector).add(millis);
        }
        return new GcPauses(List.copyOf(collector), List.copyOf(requested));
    }

    /** The {@code percentile} (0 to 100) of the collector's own pauses, by nearest rank; 0 without any. */
    double collectorPercentile(double percentile) {
        if (collectorPausesMs.isEmpty()) {
            return 0;
        }
        double[] sorted = collectorPausesMs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    double collectorTotalMs() {
        return collectorPausesMs.stream().mapToDouble(Double::doubleValue).sum();
    }

    double requestedMaxMs() {
        return requestedPausesMs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}

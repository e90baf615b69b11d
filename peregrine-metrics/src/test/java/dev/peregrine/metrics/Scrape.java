package dev.peregrine.metrics;

import java.util.List;

/** A scrape's text, read the way a test asks about it: the samples of a metric with some labels. */
record Scrape(String text) {

    /** Every sample line of {@code name} carrying all of {@code labels} ({@code key=value} pairs). */
    List<String> samples(String name, String... labels) {
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> {
                    for (String label : labels) {
                        int equals = label.indexOf('=');
                        if (!line.contains(label.substring(0, equals) + "=\"" + label.substring(equals + 1) + "\"")) {
                            return false;
                        }
                    }
                    return true;
                })
                .toList();
    }

    /** The value of the one sample of {@code name} carrying {@code labels}; fails when there is not exactly one. */
    double value(String name, String... labels) {
        List<String> samples = samples(name, labels);
        if (samples.size() != 1) {
            throw new AssertionError("Expected one sample of " + name + " " + List.of(labels) + ", found " + samples);
        }
        String line = samples.get(0);
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}

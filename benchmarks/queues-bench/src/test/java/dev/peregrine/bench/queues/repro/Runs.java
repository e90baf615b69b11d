package dev.peregrine.bench.queues.repro;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Known inputs: a setup with the reproduction's configurations, and runs built from a few figures. */
final class Runs {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Runs() {
    }

    static ReproSetup setup() {
        return setup(3);
    }

    static ReproSetup setup(int rounds) {
        return new ReproSetup("2026-12-06", rounds, 10, 60, 30, 3000, List.of(
                new ReproSetup.Configuration("peregrine-watch-multi", "Peregrine, Redis, WATCH/MULTI", "WATCH/MULTI", "peregrine", "wm"),
                new ReproSetup.Configuration("peregrine-lua", "Peregrine, Redis, Lua", "Lua", "peregrine", "lua"),
                new ReproSetup.Configuration("zaqar-uwsgi", "Zaqar 15, uWSGI", "Zaqar uWSGI", "baseline", "zaqar")),
                List.of("core 0: the service", "core 1: redis-server and queues-bench"), List.of("run"), List.of());
    }

    /** A Table 1 run: producers only, with a rate, a p99 and 503s. */
    static RunFile table1(String config, int round, double rate, double p99, long errors503) {
        return RunFile.parse("table1-" + config + "-r" + round + ".json", document(
                "\"producer\": " + role(rate, p99, errors503)));
    }

    /** A Table 2 run: producers, consumers and observers at the given rates. */
    static RunFile table2(String config, int round, double producers, double consumers, double observers) {
        return RunFile.parse("table2-" + config + "-r" + round + ".json", document(
                "\"producer\": " + role(producers, 5, 0) + ", \"consumer\": " + role(consumers, 6, 0)
                        + ", \"observer\": " + role(observers, 7, 0)));
    }

    static String role(double rate, double p99, long errors503) {
        return "{\"reqs_per_sec\": " + rate + ", \"total_reqs\": 1000, \"latency_ms\": {\"mean\": 1.5, \"stdev\": 0.5, "
                + "\"p50\": 1.0, \"p99\": " + p99 + ", \"max\": 20.0}, \"errors\": {\"total\": " + errors503
                + ", \"by_status\": " + (errors503 > 0 ? "{\"503\": " + errors503 + "}" : "{}")
                + ", \"connection\": 0, \"timeouts\": 0}}";
    }

    private static com.fasterxml.jackson.databind.JsonNode document(String roles) {
        try {
            return MAPPER.readTree("{\"tool\": \"queues-bench\", " + roles + "}");
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

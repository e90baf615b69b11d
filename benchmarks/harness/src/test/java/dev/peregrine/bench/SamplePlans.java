package dev.peregrine.bench;

import java.util.List;

/** Plans the report and summary tests render, fixed here so they do not follow changes to the real modes. */
public final class SamplePlans {

    private SamplePlans() {
    }

    /** {@code /json} and the 1 KiB listing over 64 keep-alive connections, 2 rounds of 2 s: the plan the sample run used. */
    public static BenchmarkPlan jsonAndQueue() {
        return new BenchmarkPlan("fast", List.of(
                new Scenario(Endpoint.JSON, LoadShape.keepAlive(64)),
                new Scenario(Endpoint.QUEUE_1K, LoadShape.keepAlive(64))), 2, 1, 2);
    }
}

package dev.peregrine.reliability.probes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The probe server at one moment: the kernel's view ({@link ProcStatus}) and its own
 * ({@link ServerGauges}).
 *
 * @param atSeconds seconds since the probe started
 * @param rssKib resident memory
 * @param threads every thread of the process
 * @param platformThreads live platform threads as the JVM counts them
 * @param openConnections connections the server has open
 * @param requestsInFlight requests counted against the server's in-flight bound
 * @param uploadsReading responders blocked reading a request body (virtual threads by default)
 * @param streamsOpen response body streams being pumped
 * @param heapUsedBytes heap in use; after a full GC when {@code heapAfterGc}
 * @param heapAfterGc whether the heap was measured after a full GC
 * @param nettyDirectBytes direct memory Netty's allocator holds for buffers
 * @param gcCount collections so far
 * @param gcMillis time spent collecting so far
 */
record ServerSample(
        double atSeconds,
        long rssKib,
        int threads,
        int platformThreads,
        int openConnections,
        int requestsInFlight,
        int uploadsReading,
        int streamsOpen,
        long heapUsedBytes,
        boolean heapAfterGc,
        long nettyDirectBytes,
        long gcCount,
        long gcMillis) {

    static ServerSample of(double atSeconds, ProcStatus status, JsonNode gauges) {
        return new ServerSample(atSeconds, status.rssKib(), status.threads(),
                gauges.path("platformThreads").asInt(), gauges.path("openConnections").asInt(),
                gauges.path("requestsInFlight").asInt(), gauges.path("uploadsReading").asInt(),
                gauges.path("streamsOpen").asInt(), gauges.path("heapUsedBytes").asLong(),
                gauges.path("heapAfterGc").asBoolean(), gauges.path("nettyDirectBytes").asLong(),
                gauges.path("gcCount").asLong(), gauges.path("gcMillis").asLong());
    }

    /** Resident memory in MiB. */
    double rssMib() {
        return rssKib / 1024.0;
    }

    /** Heap in use in MiB. */
    double heapMib() {
        return heapUsedBytes / (1024.0 * 1024.0);
    }
}

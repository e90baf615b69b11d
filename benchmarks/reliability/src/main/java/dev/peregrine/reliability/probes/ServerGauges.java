package dev.peregrine.reliability.probes;

import dev.peregrine.netty.PeregrineServer;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the probe server tells about itself on {@code GET /diagnostics}: connections, requests in
 * flight, threads (platform threads, and responders blocked on a request body or pumping a
 * response stream, which are virtual threads by default), heap and Netty's buffer memory, and GC
 * totals.
 */
final class ServerGauges {

    /** Responders reading a request body that is still arriving. */
    final AtomicInteger uploadsReading = new AtomicInteger();
    /** Response body streams opened and not yet closed by the server. */
    final AtomicInteger streamsOpen = new AtomicInteger();
    private volatile PeregrineServer server;

    void server(PeregrineServer server) {
        this.server = server;
    }

    /** The gauges now; with {@code collect}, the heap is measured after a full GC. */
    Map<String, Object> read(boolean collect) {
        if (collect) {
            System.gc();
        }
        Map<String, Object> gauges = new LinkedHashMap<>();
        PeregrineServer current = server;
        gauges.put("openConnections", current == null ? 0 : current.openConnections());
        gauges.put("requestsInFlight", current == null ? 0 : current.requestsInFlight());
        gauges.put("platformThreads", ManagementFactory.getThreadMXBean().getThreadCount());
        gauges.put("uploadsReading", uploadsReading.get());
        gauges.put("streamsOpen", streamsOpen.get());
        gauges.put("heapUsedBytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        gauges.put("heapAfterGc", collect);
        long direct = -1;
        long nettyHeap = -1;
        if (ByteBufAllocator.DEFAULT instanceof ByteBufAllocatorMetricProvider metrics) {
            direct = metrics.metric().usedDirectMemory();
            nettyHeap = metrics.metric().usedHeapMemory();
        }
        gauges.put("nettyDirectBytes", direct);
        gauges.put("nettyHeapBytes", nettyHeap);
        long collections = 0;
        long collectionMillis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(0, collector.getCollectionCount());
            collectionMillis += Math.max(0, collector.getCollectionTime());
        }
        gauges.put("gcCount", collections);
        gauges.put("gcMillis", collectionMillis);
        return gauges;
    }
}

package dev.peregrine.reliability.fuzz;

import java.lang.management.ManagementFactory;

/**
 * The in-process server's heap after garbage collection, from the memory management bean: taken
 * once the server is warm and again after the run, it shows whether the run left memory behind.
 *
 * @param baselineBytes heap used after GC once the server was warm
 * @param finalBytes    heap used after GC after the run, with every connection closed
 * @param toleranceBytes how much more than the baseline still passes
 */
record HeapCheck(long baselineBytes, long finalBytes, long toleranceBytes) {

    /** Heap growth that still passes: caches, JIT-compiled code's data, the fuzzer's own counts. */
    static final long TOLERANCE = 16L * 1024 * 1024;

    boolean passed() {
        return finalBytes <= baselineBytes + toleranceBytes;
    }

    /** Heap used after a few full collections (one may leave objects that only the next frees). */
    static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

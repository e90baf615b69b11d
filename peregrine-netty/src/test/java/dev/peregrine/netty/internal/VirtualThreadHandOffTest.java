package dev.peregrine.netty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.DefaultEventLoop;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How an event loop's request batches are handed to virtual threads. */
class VirtualThreadHandOffTest {

    private final DefaultEventLoop loop = new DefaultEventLoop();
    private final VirtualThreadHandOff handOff = new VirtualThreadHandOff(loop, Thread.ofVirtual().factory());

    @AfterEach
    void stopLoop() {
        loop.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void batchesHandedOverInOneCycleEachGetAVirtualThreadOfTheirOwn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(2);
        CountDownLatch fastRan = new CountDownLatch(1);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Runnable blocking = () -> {
            threads.add(Thread.currentThread());
            blocked.countDown();
            awaitQuietly(release);
        };
        loop.execute(() -> {
            handOff.execute(blocking);
            handOff.execute(blocking);
            handOff.execute(() -> {
                threads.add(Thread.currentThread());
                fastRan.countDown();
            });
        });
        try {
            assertTrue(blocked.await(10, TimeUnit.SECONDS), "both blocking batches started");
            assertTrue(fastRan.await(10, TimeUnit.SECONDS), "the third batch ran while the first two blocked");
            assertEquals(3, threads.size());
            for (Thread thread : threads) {
                assertTrue(thread.isVirtual(), thread.toString());
            }
        } finally {
            release.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

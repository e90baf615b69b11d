package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeerLifecycleTest {
    private static final List<String> PEERS = List.of("a", "b", "c");

    /** Starts named servers without processes, tracking which are up; {@code broken} never starts. */
    private static final class FakeLauncher implements PeerLauncher<String> {
        final Set<String> up = new HashSet<>();
        final List<String> starts = new ArrayList<>();

        @Override
        public String start(String peer) throws PeerNotReady {
            if (peer.equals("broken")) {
                throw new PeerNotReady("wrong answers: /json");
            }
            starts.add(peer);
            up.add(peer);
            return peer;
        }

        @Override
        public void stop(String server) {
            up.remove(server);
        }
    }

    @Test
    void oneAtATimeHasOnlyTheMeasuredPeerUpWhileMeasuring() throws PeerNotReady {
        FakeLauncher launcher = new FakeLauncher();
        try (OneAtATime<String> lifecycle = new OneAtATime<>(launcher)) {
            assertEquals(Map.of(), lifecycle.begin(PEERS));
            for (RunOrder.Measurement next : new RunOrder(3, lifecycle.label()).measurements(SamplePlans.jsonAndQueue(), PEERS)) {
                Set<String> upWhileMeasuring = lifecycle.serve(next.peer(), (server, fresh) -> {
                    assertTrue(fresh, "a server started for its measurement is cold");
                    return Set.copyOf(launcher.up);
                });
                assertEquals(Set.of(next.peer()), upWhileMeasuring);
                assertEquals(Set.of(), launcher.up, "stopped after its measurement");
            }
        }
        assertEquals(2 * 2 * PEERS.size(), launcher.starts.size(), "one start per round, scenario and peer");
    }

    @Test
    void oneAtATimeStopsTheServerWhenTheMeasurementFails() {
        FakeLauncher launcher = new FakeLauncher();
        OneAtATime<String> lifecycle = new OneAtATime<>(launcher);

        assertThrows(IllegalStateException.class, () -> lifecycle.serve("a", (server, fresh) -> {
            throw new IllegalStateException("wrk crashed");
        }));
        assertEquals(Set.of(), launcher.up);
    }

    @Test
    void oneAtATimeReportsAPeerThatDoesNotStart() {
        PeerNotReady error = assertThrows(PeerNotReady.class,
                () -> new OneAtATime<>(new FakeLauncher()).serve("broken", (server, fresh) -> server));
        assertEquals("wrong answers: /json", error.getMessage());
    }

    @Test
    void allPeersUpKeepsEveryGoodPeerUpAndStartsEachOnce() throws PeerNotReady {
        FakeLauncher launcher = new FakeLauncher();
        try (AllPeersUp<String> lifecycle = new AllPeersUp<>(launcher)) {
            assertEquals(Map.of("broken", "wrong answers: /json"), lifecycle.begin(List.of("a", "broken", "b")));
            for (String peer : List.of("b", "a", "b")) {
                Set<String> upWhileMeasuring = lifecycle.serve(peer, (server, fresh) -> {
                    assertFalse(fresh, "a server up since the beginning is not fresh");
                    return Set.copyOf(launcher.up);
                });
                assertEquals(Set.of("a", "b"), upWhileMeasuring);
            }
        }
        assertEquals(List.of("a", "b"), launcher.starts);
        assertEquals(Set.of(), launcher.up, "closing stops them all");
    }

    @Test
    void closeStopsTheServerOfASessionStillRunning() throws PeerNotReady {
        FakeLauncher launcher = new FakeLauncher();
        OneAtATime<String> lifecycle = new OneAtATime<>(launcher);

        lifecycle.serve("a", (server, fresh) -> {
            lifecycle.close();
            assertEquals(Set.of(), launcher.up, "a shutdown hook's close stops the measured peer");
            return server;
        });
        assertEquals(List.of("a"), launcher.starts);
    }
}

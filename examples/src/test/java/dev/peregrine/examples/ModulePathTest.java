package dev.peregrine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.testing.TestClient;
import org.junit.jupiter.api.Test;

/**
 * The examples are built and run as an application module: they see Peregrine's exported API
 * and nothing of its internals, and Peregrine binds their responders all the same.
 */
class ModulePathTest {

    @Test
    void theExamplesRunAsANamedModuleOnTheModulePath() {
        assertEquals("dev.peregrine.examples", ExamplesApp.class.getModule().getName());
        assertEquals("dev.peregrine", App.class.getModule().getName());
        assertEquals("dev.peregrine.netty", PeregrineServer.class.getModule().getName());
    }

    @Test
    void onlyTheApiPackagesAreExported() {
        Module core = App.class.getModule();
        assertTrue(core.isExported("dev.peregrine"));
        assertTrue(core.isExported("dev.peregrine.spi"));
        assertFalse(core.isExported("dev.peregrine.internal.pipeline"));
        assertFalse(core.isExported("dev.peregrine.internal.routing"));
        assertFalse(PeregrineServer.class.getModule().isExported("dev.peregrine.netty.internal"));
    }

    @Test
    void resourcesInAnApplicationModuleAreBoundAndServed() {
        assertEquals(200, new TestClient(ExamplesApp.create()).simulateGet("/things").status());
    }
}

package dev.peregrine.netty;

import dev.peregrine.App;
import java.util.function.UnaryOperator;

/** Starts servers on a free port for tests. */
final class Servers {

    private Servers() {
    }

    /** A started server of {@code app} on a free port, configured by {@code settings}. */
    static PeregrineServer start(App app, UnaryOperator<ServerBuilder> settings) {
        return settings.apply(PeregrineServer.builder(app).port(0)).build().start();
    }
}

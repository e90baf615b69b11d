package dev.peregrine.benchmarks.router;

/**
 * Prints the route tree of a {@link RouteTable}, as the router's {@code describe()} shows it, so
 * the decisions the benchmark times can be read.
 * {@snippet lang=text :
 * java -cp target/benchmarks.jar dev.peregrine.benchmarks.router.PrintRouteTree 100
 * }
 */
public final class PrintRouteTree {

    private PrintRouteTree() {
    }

    /** Prints the tree of the table whose size is the only argument (default 100). */
    public static void main(String[] arguments) {
        int size = arguments.length == 0 ? 100 : Integer.parseInt(arguments[0]);
        System.out.print(RouteTable.router(size).describe());
    }
}

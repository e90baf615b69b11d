/**
 * Falcon's introduction examples and the README's code, built as an application module would be:
 * it reads Peregrine's exported API only, and opens its resource packages to Peregrine (which
 * binds their responders) and to Jackson (which reads and writes their JSON).
 */
module dev.peregrine.examples {
    requires dev.peregrine.netty;
    requires org.slf4j;

    exports dev.peregrine.examples;
    opens dev.peregrine.examples.quote to dev.peregrine;
    opens dev.peregrine.examples.things to dev.peregrine, com.fasterxml.jackson.databind;
    opens dev.peregrine.examples.tour to dev.peregrine, com.fasterxml.jackson.databind;
}

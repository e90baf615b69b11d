/**
 * Peregrine's framework core: apps, routing, requests and responses, media, errors, middleware
 * and hooks, static files, the in-process test client, and the contract a server implements
 * ({@code dev.peregrine.spi}). The {@code dev.peregrine.internal} packages are the pipeline's own
 * and are not exported.
 */
module dev.peregrine {
    // NOTE: transitive because JsonHandler(ObjectMapper) is part of the API.
    requires transitive com.fasterxml.jackson.databind;
    requires java.xml;
    requires org.slf4j;

    exports dev.peregrine;
    exports dev.peregrine.compression;
    exports dev.peregrine.errors;
    exports dev.peregrine.inspect;
    exports dev.peregrine.media;
    exports dev.peregrine.middleware;
    exports dev.peregrine.redirects;
    exports dev.peregrine.routing;
    exports dev.peregrine.spi;
    exports dev.peregrine.sse;
    exports dev.peregrine.staticfiles;
    exports dev.peregrine.testing;
}

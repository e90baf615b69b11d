package dev.peregrine.reliability.fuzz;

/** A request the fuzzer meant to send, as the echo route should report it. */
record IntendedRequest(String method, String target) {

    /** The echo's first two words for this request. */
    String echoPrefix() {
        return method + " " + target + " ";
    }
}

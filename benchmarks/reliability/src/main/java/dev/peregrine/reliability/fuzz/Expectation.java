package dev.peregrine.reliability.fuzz;

/** What the server must answer an input's first request with, as far as the RFCs settle it. */
enum Expectation {
    /** A valid request: every intended request is answered 2xx. */
    ACCEPT,
    /** RFC 9112 requires rejection (ambiguous framing, an invalid size): the first answer is 4xx and none is 2xx. */
    REJECT,
    /** The RFCs allow lenient parsing or rejection: any allowed status, as long as nothing is smuggled. */
    EITHER
}

package dev.peregrine.reliability.fuzz;

/** The probe categories, each a family of mutations of valid requests. */
enum Category {
    /** Valid requests, alone and pipelined: GET, POST, HEAD, chunked bodies, Expect: 100-continue. */
    VALID,
    /** The request line: methods, targets (%-encoding, bad UTF-8, absolute-form, asterisk, overlong), versions. */
    REQUEST_LINE,
    /** Header lines: obs-fold, missing colon, space before colon, NUL/CR/LF, Host, huge values, thousands of headers. */
    HEADERS,
    /** Chunked framing: bad and overflowing sizes, extensions, missing CRLFs, trailers, signs and leading zeros. */
    CHUNKED,
    /** Content-Length: duplicates, comma lists, negative, above 2^63, leading +, whitespace. */
    CONTENT_LENGTH,
    /** RFC 9112 smuggling: CL+TE, TE+CL, obfuscated Transfer-Encoding, TE in HTTP/1.0, double chunked. */
    SMUGGLING,
    /** Random byte flips, insertions, deletions, duplications and truncations of valid pipelines. */
    BYTES
}

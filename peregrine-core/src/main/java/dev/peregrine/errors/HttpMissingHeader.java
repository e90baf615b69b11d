package dev.peregrine.errors;

/** 400 for a request that lacks a header the resource requires; the description names the header. */
public class HttpMissingHeader extends HttpBadRequest {

    /** A 400 saying {@code The "<headerName>" header is required.} */
    public HttpMissingHeader(String headerName) {
        super("Missing header value", "The \"" + headerName + "\" header is required.");
    }
}

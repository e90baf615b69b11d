/**
 * Redirects thrown from a hook, middleware or responder to end the request with a 3xx and a
 * {@code Location}: {@code throw new HttpSeeOther("/orders/7");}.
 */
package dev.peregrine.redirects;

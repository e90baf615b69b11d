/**
 * How static routes work: the request path checks, the cache of open files with its reference
 * counts, the content-type table and the responder that answers conditional and range requests.
 */
package dev.peregrine.internal.staticfiles;

/**
 * Serving a directory of files under a path prefix with
 * {@link dev.peregrine.App#addStaticRoute(String, java.nio.file.Path, StaticRouteOptions)}:
 * Falcon's static routes (path checks that keep requests inside the directory, content type by
 * extension, ETag and Last-Modified, 304, byte ranges, downloads and a fallback file), answering
 * only GET and HEAD, with hot files kept open and sent zero-copy by servers that can.
 */
package dev.peregrine.staticfiles;

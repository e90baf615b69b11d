/**
 * Turning {@link dev.peregrine.errors.HttpError} values into bytes other than Falcon's default
 * JSON: the XML body Falcon sends to XML clients and RFC 9457 problem details.
 */
package dev.peregrine.internal.errors;

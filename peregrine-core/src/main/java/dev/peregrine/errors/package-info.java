/**
 * HTTP errors as values: {@link dev.peregrine.errors.HttpError} and one subclass per 4xx and 5xx
 * status Falcon names, each setting the headers its status needs, plus the 400 helpers that name
 * a bad header, parameter or body ({@link dev.peregrine.errors.HttpInvalidParam},
 * {@link dev.peregrine.errors.MediaMalformedError}, ...). Throw one anywhere while handling a
 * request and it becomes the response.
 */
package dev.peregrine.errors;

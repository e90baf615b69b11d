/**
 * Reading values from text as Python reads them, so that route converters and query parameters
 * accept exactly what Falcon's accept: {@code float()} numbers and {@code UUID()} strings.
 */
package dev.peregrine.internal.text;

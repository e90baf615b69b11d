/**
 * How the JSON media handler reads bodies safely and explains what it refuses: a parser that
 * refuses numbers too large for the type they are read as, and the translation of Jackson's
 * exceptions into 400s that speak JSON (field paths and JSON kinds, never Java types).
 */
package dev.peregrine.internal.json;

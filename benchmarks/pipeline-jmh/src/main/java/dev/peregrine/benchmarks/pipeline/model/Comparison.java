package dev.peregrine.benchmarks.pipeline.model;

/**
 * The body of {@code GET /repos/{org}/{repo}/compare/{a}...{b}}.
 *
 * @param org  the organisation
 * @param repo the repository
 * @param a    the base revision
 * @param b    the head revision
 */
public record Comparison(String org, String repo, String a, String b) {
}

package dev.peregrine.benchmarks.peers.model;

/**
 * The body of {@code GET /repos/{org}/{repo}/compare/{a}...{b}}.
 *
 * @param org  the organisation
 * @param repo the repository
 * @param a    the base revision
 * @param b    the head revision
 */
public record Comparison(String org, String repo, String a, String b) {

    /** The separator between the two revisions in the last segment. */
    public static final String SEPARATOR = "...";

    /**
     * For frameworks that match only one field per path segment: splits {@code spec}
     * ({@code a...b}) on its first {@code ...}; null when it has none, which a peer answers with 404.
     */
    public static Comparison ofSpec(String org, String repo, String spec) {
        int separator = spec.indexOf(SEPARATOR);
        if (separator < 0) {
            return null;
        }
        return new Comparison(org, repo, spec.substring(0, separator), spec.substring(separator + SEPARATOR.length()));
    }
}

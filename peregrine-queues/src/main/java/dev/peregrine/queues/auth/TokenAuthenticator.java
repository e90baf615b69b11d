package dev.peregrine.queues.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Checks per-project API tokens, stored only as salted PBKDF2 hashes ({@link ProjectToken}).
 *
 * <p>A token reads {@code <project>.<secret>}, both in unpadded base64url: the project it opens,
 * then 32 random bytes ({@link #newToken}). Naming its project tells which stored hashes to try,
 * so checking a token costs one hash per token of that project (usually one), never one per
 * project, and a token of another project is told apart from a wrong one (403, not 401).
 *
 * <p>PERF: the hash is slow on purpose (tens of milliseconds), so tokens that checked out are
 * remembered, keyed by their SHA-256, in a bounded cache: a token in use costs a SHA-256 per
 * request, not a hash. Requests that bring the same unchecked token at once share one hash, and
 * at most half the cores hash at a time, so a flood of made-up tokens cannot take every core.
 * Only successes are cached, so made-up tokens cannot evict real ones.
 */
public final class TokenAuthenticator {

    /** How many checked tokens are remembered by default. */
    public static final int DEFAULT_CACHE_SIZE = 10_000;

    // NOTE: a real token is at most the base64 of a 256-character project (up to 1,024 bytes of
    // UTF-8), a dot and 43 characters; anything longer is not one and is not worth a hash.
    private static final int MAX_TOKEN_LENGTH = 1_500;

    /** The SHA-256 of a token, as a cache key. */
    private record Fingerprint(long a, long b, long c, long d) {

        static Fingerprint of(String token) {
            MessageDigest sha256;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every JDK has SHA-256", e);
            }
            ByteBuffer digest = ByteBuffer.wrap(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
            return new Fingerprint(digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
        }
    }

    private final Map<String, List<ProjectToken>> byProject = new HashMap<>();
    private final TokenHasher hasher;
    private final int cacheSize;
    private final Map<Fingerprint, String> checked = new ConcurrentHashMap<>();
    private final Map<Fingerprint, CompletableFuture<String>> checking = new ConcurrentHashMap<>();
    private final Semaphore hashing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

    /**
     * An authenticator of {@code tokens}.
     *
     * @param hasher the hash the tokens were stored with
     * @param cacheSize how many checked tokens to remember
     */
    public TokenAuthenticator(List<ProjectToken> tokens, TokenHasher hasher, int cacheSize) {
        if (cacheSize < 1) {
            throw new IllegalArgumentException("The cache must hold at least one token, got " + cacheSize);
        }
        for (ProjectToken token : tokens) {
            byProject.computeIfAbsent(token.project(), project -> new ArrayList<>(1)).add(token);
        }
        this.hasher = hasher;
        this.cacheSize = cacheSize;
    }

    /** How many projects have a token. */
    public int projects() {
        return byProject.size();
    }

    /**
     * The project {@code token} opens, or {@code null} when it opens none: malformed, unknown, or
     * not matching any stored hash of the project it names.
     */
    public String projectOf(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return null;
        }
        Fingerprint fingerprint = Fingerprint.of(token);
        String project = checked.get(fingerprint);
        if (project != null) {
            return project;
        }
        List<ProjectToken> candidates = byProject.get(namedProject(token));
        if (candidates == null) {
            return null;
        }
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> running = checking.putIfAbsent(fingerprint, mine);
        if (running != null) {
            return running.join();
        }
        try {
            project = verify(token, candidates);
            if (project != null) {
                remember(fingerprint, project);
            }
            mine.complete(project);
            return project;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(fingerprint, mine);
        }
    }

    private String verify(String token, List<ProjectToken> candidates) {
        hashing.acquireUninterruptibly();
        try {
            for (ProjectToken candidate : candidates) {
                // NOTE: a constant-time comparison, so timing tells nothing about how close a guess came.
                if (MessageDigest.isEqual(hasher.hash(token, candidate.salt()), candidate.hash())) {
                    return candidate.project();
                }
            }
            return null;
        } finally {
            hashing.release();
        }
    }

    private void remember(Fingerprint fingerprint, String project) {
        if (checked.size() >= cacheSize) {
            // PERF: any entry goes; a cache that is full holds only tokens that checked out, and
            // one that is evicted costs one hash when it comes back.
            Iterator<Fingerprint> any = checked.keySet().iterator();
            if (any.hasNext()) {
                checked.remove(any.next());
            }
        }
        checked.put(fingerprint, project);
    }

    /** The project a token names, or {@code null} when it names none. */
    private static String namedProject(String token) {
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A new token for {@code project}: the project and 32 random bytes, in unpadded base64url. */
    public static String newToken(String project, SecureRandom random) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(project.getBytes(StandardCharsets.UTF_8)) + "." + encoder.encodeToString(secret);
    }

    /** What to store for {@code token} of {@code project}: a fresh 16-byte salt and the token's hash with it. */
    public static ProjectToken stored(String project, String token, TokenHasher hasher, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new ProjectToken(project, salt, hasher.hash(token, salt));
    }
}

package dev.peregrine.queues.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Checking API tokens: right, wrong, of another project, and what each costs in hashes. */
class TokenAuthenticatorTest {

    private final SecureRandom random = new SecureRandom();
    private final CountingHasher hasher = new CountingHasher();

    private TokenAuthenticator authenticatorOf(List<String> projectsAndTokens, int cacheSize) {
        List<ProjectToken> stored = new ArrayList<>();
        for (int i = 0; i < projectsAndTokens.size(); i += 2) {
            stored.add(TokenAuthenticator.stored(projectsAndTokens.get(i), projectsAndTokens.get(i + 1), hasher, random));
        }
        hasher.calls.set(0);
        return new TokenAuthenticator(stored, hasher, cacheSize);
    }

    @Test
    void tokenOpensItsProject() {
        String token = TokenAuthenticator.newToken("alpha", random);
        TokenAuthenticator authenticator = authenticatorOf(List.of("alpha", token), 10);
        assertEquals("alpha", authenticator.projectOf(token));
    }

    @Test
    void tokenInUseCostsNoHashAfterItsFirstCheck() {
        String token = TokenAuthenticator.newToken("alpha", random);
        TokenAuthenticator authenticator = authenticatorOf(List.of("alpha", token), 10);
        authenticator.projectOf(token);
        assertEquals(1, hasher.calls.get());
        for (int i = 0; i < 100; i++) {
            assertEquals("alpha", authenticator.projectOf(token));
        }
        assertEquals(1, hasher.calls.get());
    }

    @Test
    void tokenOfAnotherProjectOpensThatProjectOnly() {
        String alpha = TokenAuthenticator.newToken("alpha", random);
        String beta = TokenAuthenticator.newToken("beta", random);
        TokenAuthenticator authenticator = authenticatorOf(List.of("alpha", alpha, "beta", beta), 10);
        assertEquals("beta", authenticator.projectOf(beta));
        assertEquals(1, hasher.calls.get());
    }

    @Test
    void wrongSecretOpensNothingAndIsNeverCached() {
        String token = TokenAuthenticator.newToken("alpha", random);
        TokenAuthenticator authenticator = authenticatorOf(List.of("alpha", token), 10);
        String forged = TokenAuthenticator.newToken("alpha", random);
        assertNull(authenticator.projectOf(forged));
        assertNull(authenticator.projectOf(forged));
        assertEquals(2, hasher.calls.get());
    }

    @Test
    void tokenThatNamesNoKnownProjectCostsNoHash() {
        TokenAuthenticator authenticator = authenticatorOf(List.of("alpha", TokenAuthenticator.newToken("alpha", random)), 10);
        for (String token : List.of(TokenAuthenticator.newToken("gamma", random), "", "no-dot", ".secret", "!!!.secret",
                "YWxwaGE", "x".repeat(100_000), TokenAuthenticator.newToken("alpha", random) + "x".repeat(2000))) {
            assertNull(authenticator.projectOf(token));
        }
        assertNull(authenticator.projectOf(null));
        assertEquals(0, hasher.calls.get());
    }

    @Test
    void projectMayHaveSeveralTokens() {
        String first = TokenAuthenticator.newToken("alpha", random);
        String second = TokenAuthenticator.newToken("alpha", random);
        TokenAuthenticator authenticator = authenticatorOf(List.of("alpha", first, "alpha", second), 10);
        assertEquals("alpha", authenticator.projectOf(first));
        assertEquals("alpha", authenticator.projectOf(second));
        assertEquals(1, authenticator.projects());
    }

    @Test
    void cacheHoldsAtMostItsSize() {
        String first = TokenAuthenticator.newToken("alpha", random);
        String second = TokenAuthenticator.newToken("beta", random);
        TokenAuthenticator authenticator = authenticatorOf(List.of("alpha", first, "beta", second), 1);
        authenticator.projectOf(first);
        authenticator.projectOf(second);
        authenticator.projectOf(first);
        assertEquals(3, hasher.calls.get());
    }

    @Test
    void concurrentChecksOfOneTokenShareOneHash() throws Exception {
        String token = TokenAuthenticator.newToken("alpha", random);
        ProjectToken stored = TokenAuthenticator.stored("alpha", token, hasher, random);
        CountDownLatch release = new CountDownLatch(1);
        CountingHasher counted = new CountingHasher();
        TokenHasher slow = (presented, salt) -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return counted.hash(presented, salt);
        };
        TokenAuthenticator authenticator = new TokenAuthenticator(List.of(stored), slow, 10);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> checks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                checks.add(threads.submit(() -> authenticator.projectOf(token)));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<String> check : checks) {
                assertEquals("alpha", check.get(5, TimeUnit.SECONDS));
            }
        }
        // NOTE: a check that started after the first one finished finds the cache, not the shared hash.
        assertEquals(1, counted.calls.get());
    }

    @Test
    void pbkdf2HashIsPbkdf2HmacSha256With210000Iterations() {
        byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.UTF_8);
        // NOTE: Python's hashlib.pbkdf2_hmac('sha256', b'correct horse battery staple', salt, 210000).
        assertArrayEquals(HexFormat.of().parseHex("1ff64c7648c3103a59e13ec394c610b3b46417d520ca8c054ac8bfa732b18beb"),
                new Pbkdf2TokenHasher().hash("correct horse battery staple", salt));
        assertTrue(Pbkdf2TokenHasher.ITERATIONS >= 210_000);
    }

    @Test
    void newTokensNameTheirProjectAndDiffer() {
        String first = TokenAuthenticator.newToken("my:project", random);
        String second = TokenAuthenticator.newToken("my:project", random);
        assertTrue(first.startsWith("bXk6cHJvamVjdA."), first);
        assertEquals(15 + 43, first.length());
        assertTrue(!first.equals(second));
    }
}

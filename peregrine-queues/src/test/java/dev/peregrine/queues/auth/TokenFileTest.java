package dev.peregrine.queues.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tokens file: what hash-token prints, read back. */
class TokenFileTest {

    @TempDir
    Path directory;

    private final SecureRandom random = new SecureRandom();

    @Test
    void readsTheLinesTokensPrintSkippingCommentsAndBlankLines() throws IOException {
        CountingHasher hasher = new CountingHasher();
        ProjectToken first = TokenAuthenticator.stored("alpha", "token-a", hasher, random);
        ProjectToken second = TokenAuthenticator.stored("tenant:with:colons", "token-b", hasher, random);
        Path file = Files.writeString(directory.resolve("tokens"),
                "# tokens\n\n" + first.line() + "\n   " + second.line() + "  \n");
        List<ProjectToken> read = TokenFile.read(file);
        assertEquals(2, read.size());
        assertEquals("alpha", read.get(0).project());
        assertArrayEquals(first.salt(), read.get(0).salt());
        assertArrayEquals(first.hash(), read.get(0).hash());
        assertEquals("tenant:with:colons", read.get(1).project());
    }

    @Test
    void badLineFailsNamingTheFileAndLineButNotItsContent() throws IOException {
        ProjectToken good = TokenAuthenticator.stored("alpha", "token", new CountingHasher(), random);
        for (String bad : List.of("alpha", "alpha:c2FsdA", ":AAAAAAAAAAAAAAAAAAAAAA:" + good.line().split(":")[2],
                "alpha:!!!:secret-looking", "alpha:AAAA:" + good.line().split(":")[2],
                "alpha:" + good.line().split(":")[1] + ":AAAA")) {
            Path file = Files.writeString(directory.resolve("tokens"), good.line() + "\n" + bad + "\n");
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> TokenFile.read(file));
            assertTrue(failure.getMessage().startsWith(file + " line 2: "), failure.getMessage());
            assertTrue(failure.getMessage().endsWith("as printed by `QueuesServer hash-token PROJECT`"), failure.getMessage());
            assertFalse(failure.getMessage().contains(bad), failure.getMessage());
        }
    }

    @Test
    void missingFileFailsNamingIt() {
        UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                () -> TokenFile.read(directory.resolve("nothing")));
        assertTrue(failure.getMessage().contains(directory.resolve("nothing").toString()), failure.getMessage());
    }

    @Test
    void projectTokenShowsNoSecretWhenPrinted() {
        ProjectToken token = TokenAuthenticator.stored("alpha", "token", new CountingHasher(), random);
        assertEquals("ProjectToken[project=alpha]", token.toString());
    }
}

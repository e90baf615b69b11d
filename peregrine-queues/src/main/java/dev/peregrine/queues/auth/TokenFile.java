package dev.peregrine.queues.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The tokens file: one {@code project:salt:hash} line per token (what
 * {@code QueuesServer hash-token PROJECT} prints), blank lines and {@code #} comments allowed.
 * The project is everything before the last two colons, so it may hold colons itself.
 */
public final class TokenFile {

    private TokenFile() {
    }

    /**
     * The tokens in {@code file}.
     *
     * @throws IllegalArgumentException naming the file, the line and the fix when a line is not
     *     a token; the line itself is not repeated
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<ProjectToken> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the tokens file " + file + ": " + e.getMessage(), e);
        }
        List<ProjectToken> tokens = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                tokens.add(parse(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage()
                        + "; each line must be project:salt:hash as printed by `QueuesServer hash-token PROJECT`", e);
            }
        }
        return tokens;
    }

    /** One line, {@code project:salt:hash}. */
    static ProjectToken parse(String line) {
        int hashColon = line.lastIndexOf(':');
        int saltColon = hashColon <= 0 ? -1 : line.lastIndexOf(':', hashColon - 1);
        if (saltColon <= 0) {
            throw new IllegalArgumentException("expected three fields separated by ':'");
        }
        Base64.Decoder decoder = Base64.getUrlDecoder();
        byte[] salt;
        byte[] hash;
        try {
            salt = decoder.decode(line.substring(saltColon + 1, hashColon));
            hash = decoder.decode(line.substring(hashColon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the salt and the hash must be base64url");
        }
        if (salt.length < 16) {
            throw new IllegalArgumentException("the salt must be at least 16 bytes");
        }
        if (hash.length != Pbkdf2TokenHasher.HASH_BYTES) {
            throw new IllegalArgumentException("the hash must be " + Pbkdf2TokenHasher.HASH_BYTES + " bytes");
        }
        return new ProjectToken(line.substring(0, saltColon), salt, hash);
    }
}

package dev.peregrine.queues.auth;

import java.util.Base64;

/**
 * One API token of a project, as stored: its salt and hash, never the token. A project may have
 * several (to rotate them).
 *
 * @param project the {@code X-Project-ID} the token opens
 * @param salt random bytes hashed with the token
 * @param hash the token's hash with {@code salt} ({@link TokenHasher})
 */
public record ProjectToken(String project, byte[] salt, byte[] hash) {

    /** The tokens-file line for this token: {@code project:salt:hash}, salt and hash in unpadded base64url. */
    public String line() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return project + ":" + encoder.encodeToString(salt) + ":" + encoder.encodeToString(hash);
    }

    /** Names the project only: the salt and hash stay out of logs. */
    @Override
    public String toString() {
        return "ProjectToken[project=" + project + "]";
    }
}

package dev.peregrine;

import java.util.Objects;

/**
 * An HTTP entity-tag (RFC 9110 §8.8.3): an opaque validator of a representation, strong or
 * weak, written {@code "abc"} or {@code W/"abc"}.
 *
 * <p>{@link #ANY} stands for the {@code *} of {@code If-Match} and {@code If-None-Match}, which
 * matches any current representation.
 *
 * {@snippet :
 * ETag current = ETag.strong("v42");
 * for (ETag tag : ifNoneMatch) {
 *     if (tag.weakMatches(current)) {
 *         // 304 Not Modified
 *     }
 * }
 * }
 */
public final class ETag {

    /** The {@code *} of {@code If-Match} and {@code If-None-Match}: matches any entity-tag. */
    public static final ETag ANY = new ETag("*", false);

    private final String opaqueTag;
    private final boolean weak;

    private ETag(String opaqueTag, boolean weak) {
        this.opaqueTag = opaqueTag;
        this.weak = weak;
    }

    /**
     * A strong entity-tag, such as {@code "v42"} for {@code strong("v42")}.
     *
     * @throws IllegalArgumentException when {@code opaqueTag} holds a double quote or a control
     *     character, which RFC 9110 does not allow
     */
    public static ETag strong(String opaqueTag) {
        return new ETag(checked(opaqueTag), false);
    }

    /**
     * A weak entity-tag, such as {@code W/"v42"} for {@code weak("v42")}.
     *
     * @throws IllegalArgumentException when {@code opaqueTag} holds a double quote or a control
     *     character
     */
    public static ETag weak(String opaqueTag) {
        return new ETag(checked(opaqueTag), true);
    }

    /**
     * Reads one entity-tag as sent in a header: {@code W/"abc"} (or {@code w/"abc"}) is weak,
     * {@code "abc"} strong, {@code *} is {@link #ANY}. Surrounding whitespace is ignored.
     * Lenient, like Falcon: never throws, and a value without quotes is taken as a strong tag.
     */
    public static ETag parse(String headerElement) {
        String value = headerElement.strip();
        if (value.equals("*")) {
            return ANY;
        }
        boolean weak = value.length() >= 2 && (value.charAt(0) == 'W' || value.charAt(0) == 'w')
                && value.charAt(1) == '/';
        int start = weak ? 2 : 0;
        int end = value.length();
        // NOTE: unquoted entity-tags have been non-standard since RFC 2616; Falcon still reads them.
        if (end - start >= 2 && value.charAt(start) == '"' && value.charAt(end - 1) == '"') {
            start++;
            end--;
        }
        return new ETag(value.substring(start, end), weak);
    }

    /** Whether this is a weak tag ({@code W/"..."}). */
    public boolean isWeak() {
        return weak;
    }

    /** The tag without quotes or weakness prefix: {@code abc} for {@code W/"abc"}. */
    public String opaqueTag() {
        return opaqueTag;
    }

    /**
     * The strong comparison of RFC 9110 §8.8.3.2, used by {@code If-Match} and {@code Range}:
     * both tags strong and their opaque tags equal. {@link #ANY} matches every tag.
     */
    public boolean strongMatches(ETag other) {
        if (this == ANY || other == ANY) {
            return other != null;
        }
        return !weak && !other.weak && opaqueTag.equals(other.opaqueTag);
    }

    /**
     * The weak comparison of RFC 9110 §8.8.3.2, used by {@code If-None-Match}: opaque tags equal,
     * weakness ignored. {@link #ANY} matches every tag.
     */
    public boolean weakMatches(ETag other) {
        if (this == ANY || other == ANY) {
            return other != null;
        }
        return opaqueTag.equals(other.opaqueTag);
    }

    /** The header form: {@code "abc"}, {@code W/"abc"}, or {@code *} for {@link #ANY}. */
    @Override
    public String toString() {
        if (this == ANY) {
            return "*";
        }
        return weak ? "W/\"" + opaqueTag + '"' : '"' + opaqueTag + '"';
    }

    /** Equal when both are {@link #ANY}, or when weakness and opaque tag are the same. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof ETag that && this != ANY && that != ANY && weak == that.weak
                && opaqueTag.equals(that.opaqueTag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(opaqueTag, weak);
    }

    private static String checked(String opaqueTag) {
        for (int i = 0; i < opaqueTag.length(); i++) {
            char c = opaqueTag.charAt(i);
            if (c == '"' || c < 0x21 || c == 0x7f) {
                throw new IllegalArgumentException("Entity-tag '" + opaqueTag + "' may not contain "
                        + (c == '"' ? "a double quote" : "whitespace or control characters")
                        + " (RFC 9110 §8.8.3); pass the tag without its quotes");
            }
        }
        return opaqueTag;
    }
}

package dev.peregrine.routing;

/**
 * The rule for every name in a URI template (field names, converter names and converter argument
 * names): an ASCII identifier, as Falcon requires, that is a letter or {@code _} followed by
 * letters, digits or {@code _}. So {@code {user_id}} and {@code {id2:int}} are fine, while
 * {@code {user-id}} and {@code {2id}} are not.
 */
public final class Identifier {

    private Identifier() {
    }

    /** Whether {@code text} is a valid name. */
    public static boolean isValid(String text) {
        if (text.isEmpty() || !isStart(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!isPart(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name may start with {@code c}. */
    public static boolean isStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    /** Whether a name may continue with {@code c}. */
    public static boolean isPart(char c) {
        return isStart(c) || (c >= '0' && c <= '9');
    }
}

package dev.peregrine.queues.store;

/**
 * The marker of a message page, in every store: the decimal position of the page's last message. Paging resumes
 * strictly after it.
 */
public final class PositionMarker {

    /** What {@link #parse} answers for text that is not a marker. */
    public static final long MALFORMED = -1;

    private static final int MAX_DIGITS = 18;

    private PositionMarker() {
    }

    /** The marker of a page whose last message stands at {@code position}. */
    public static String of(long position) {
        return Long.toString(position);
    }

    /** The position {@code marker} names, or {@link #MALFORMED} when it is not 1 to 18 decimal digits. */
    // PERF: a loop instead of Long.parseLong, which reports bad text by throwing.
    public static long parse(String marker) {
        int length = marker.length();
        if (length == 0 || length > MAX_DIGITS) {
            return MALFORMED;
        }
        long position = 0;
        for (int i = 0; i < length; i++) {
            char c = marker.charAt(i);
            if (c < '0' || c > '9') {
                return MALFORMED;
            }
            position = position * 10 + (c - '0');
        }
        return position;
    }
}

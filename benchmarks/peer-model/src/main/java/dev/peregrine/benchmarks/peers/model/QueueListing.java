package dev.peregrine.benchmarks.peers.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code GET /queues/demo/messages}: {@code {"messages": [...]}}, after the event-queue
 * listing of Falcon's own benchmarks. Eleven messages are about 1 KiB of JSON, 700 about 64 KiB.
 *
 * @param messages the messages, oldest first
 */
public record QueueListing(List<QueuedMessage> messages) {

    /** Messages in the default listing (about 1 KiB of JSON). */
    public static final int SMALL_COUNT = 11;

    /** Messages in the {@code ?size=64k} listing (about 64 KiB of JSON). */
    public static final int LARGE_COUNT = 700;

    /** The value of the {@code size} query parameter that asks for the large listing. */
    public static final String LARGE_SIZE_PARAM = "64k";

    /** The listing for a {@code size} query parameter (null when absent): large for {@code 64k}, else small. */
    public static QueueListing forSizeParam(String size) {
        return build(LARGE_SIZE_PARAM.equals(size) ? LARGE_COUNT : SMALL_COUNT);
    }

    /** Builds a listing of {@code count} messages; message {@code i} has id {@code msg-%04d} of {@code i}. */
    public static QueueListing build(int count) {
        List<QueuedMessage> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String number = fourDigits(i);
            messages.add(new QueuedMessage("msg-" + number, 300, i,
                    new MessageBody("BackupStarted", "backup-" + number, 1024L * i)));
        }
        return new QueueListing(messages);
    }

    // PERF: a hand-rolled zero pad instead of String.format, which parses its pattern every call.
    private static String fourDigits(int value) {
        String digits = Integer.toString(value);
        return switch (digits.length()) {
            case 1 -> "000" + digits;
            case 2 -> "00" + digits;
            case 3 -> "0" + digits;
            default -> digits;
        };
    }
}

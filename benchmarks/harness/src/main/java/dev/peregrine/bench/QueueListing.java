package dev.peregrine.bench;

/**
 * The event-queue listing every peer serves at {@code /queues/demo/messages}: the workload Falcon's
 * author benchmarked with, about 1 KiB of JSON for 11 messages and 64 KiB for 700.
 */
public final class QueueListing {
    /** Messages in the default listing (about 1 KiB of JSON). */
    public static final int SMALL = 11;
    /** Messages in the {@code ?size=64k} listing (64 KiB or more: about 76 KB of compact JSON). */
    public static final int LARGE = 700;

    private QueueListing() {
    }

    /**
     * Returns the listing of {@code count} messages as JSON text, message {@code i} being
     * {@code {"id": "msg-%04d", "ttl": 300, "age": i, "body": {"event": "BackupStarted",
     * "backup_id": "backup-%04d", "size": 1024 * i}}}.
     *
     * @param count how many messages the listing holds
     * @return the JSON text of {@code {"messages": [...]}}
     */
    public static String json(int count) {
        StringBuilder out = new StringBuilder(96 * count + 16).append("{\"messages\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(',');
            }
            String number = String.format("%04d", i);
            out.append("{\"id\":\"msg-").append(number)
                    .append("\",\"ttl\":300,\"age\":").append(i)
                    .append(",\"body\":{\"event\":\"BackupStarted\",\"backup_id\":\"backup-").append(number)
                    .append("\",\"size\":").append(1024L * i).append("}}");
        }
        return out.append("]}").toString();
    }
}

package dev.peregrine.bench;

/**
 * One core's cumulative time from its {@code cpuN} line in {@code /proc/stat}, in clock ticks.
 *
 * @param busy  ticks spent running something: user, nice, system, irq, softirq and steal
 * @param total busy ticks plus idle and iowait
 */
public record CoreTimes(long busy, long total) {
    private static final int IDLE = 3;
    private static final int IOWAIT = 4;
    /** user nice system idle iowait irq softirq steal; guest time is already inside user. */
    private static final int COUNTED_FIELDS = 8;

    /**
     * Reads the line of one core from the content of {@code /proc/stat}.
     *
     * @param procStat the whole file
     * @param core     the core's number
     * @return the core's times
     * @throws IllegalArgumentException when the file has no line for that core
     */
    public static CoreTimes parse(String procStat, int core) {
        String prefix = "cpu" + core + " ";
        for (String line : procStat.split("\n")) {
            if (line.startsWith(prefix)) {
                String[] fields = line.substring(prefix.length()).trim().split("\\s+");
                long busy = 0;
                long total = 0;
                for (int i = 0; i < COUNTED_FIELDS && i < fields.length; i++) {
                    long ticks = Long.parseLong(fields[i]);
                    total += ticks;
                    // NOTE: steal counts as busy: the virtual core had work the host did not run.
                    if (i != IDLE && i != IOWAIT) {
                        busy += ticks;
                    }
                }
                return new CoreTimes(busy, total);
            }
        }
        throw new IllegalArgumentException("/proc/stat has no line for core " + core
                + "; the benchmark needs two cores (0 for the server, 1 for wrk).");
    }

    /**
     * Returns the fraction of the time since {@code earlier} this core was busy.
     *
     * @param earlier the same core's times at the start of the window
     * @return a fraction from 0 to 1, or 0 when no tick passed
     */
    public double busyFractionSince(CoreTimes earlier) {
        long elapsed = total - earlier.total;
        return elapsed <= 0 ? 0 : (double) (busy - earlier.busy) / elapsed;
    }
}

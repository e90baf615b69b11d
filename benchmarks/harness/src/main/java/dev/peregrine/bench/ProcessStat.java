package dev.peregrine.bench;

/**
 * The CPU accounting of one process, read from its {@code /proc/<pid>/stat} line.
 *
 * @param pid    the process id
 * @param parent the parent's process id
 * @param ticks  user plus system time of the process and of its children it has waited for
 *               ({@code utime + stime + cutime + cstime}), in clock ticks
 */
public record ProcessStat(long pid, long parent, long ticks) {
    /** Index of {@code ppid} among the fields after the command name (field 4 of proc(5)). */
    private static final int PARENT_FIELD = 1;
    /** Index of {@code utime} among the fields after the command name (field 14 of proc(5)). */
    private static final int USER_TIME_FIELD = 11;

    /**
     * Reads a {@code /proc/<pid>/stat} line.
     *
     * @param line the file's content
     * @return the process's accounting
     * @throws IllegalArgumentException when the line is not a stat line
     */
    public static ProcessStat parse(String line) {
        // NOTE: the command name (field 2) sits in parentheses and may itself contain spaces and
        // parentheses, so the remaining fields are counted from the last ')'.
        int nameEnd = line.lastIndexOf(')');
        int space = line.indexOf(' ');
        if (nameEnd < 0 || space < 0 || space > nameEnd) {
            throw new IllegalArgumentException("Not a /proc/<pid>/stat line: '" + line + "'.");
        }
        String[] fields = line.substring(nameEnd + 1).trim().split(" ");
        if (fields.length < USER_TIME_FIELD + 4) {
            throw new IllegalArgumentException("Too few fields in the /proc/<pid>/stat line '" + line + "'.");
        }
        long ticks = 0;
        for (int i = USER_TIME_FIELD; i < USER_TIME_FIELD + 4; i++) {
            ticks += Long.parseLong(fields[i]);
        }
        return new ProcessStat(Long.parseLong(line.substring(0, space)),
                Long.parseLong(fields[PARENT_FIELD]), ticks);
    }
}

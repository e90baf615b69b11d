package dev.peregrine.internal.routing;

import java.util.Comparator;
import java.util.List;

/**
 * A segment with several fields, or a field and literal text, such as {@code {name}.{ext}} or
 * {@code {usr0}:{branch0}...{usr1}:{branch1}}. Each field matches at least one character.
 *
 * <p>Matching splits greedily, as Falcon's {@code .+} regular expressions do ({@code {a}-{b:int}}
 * splits {@code foo-bar-12} into {@code foo-bar} and 12), but converters take part: when one
 * rejects its text, the next shorter split is tried. So {@code {day:int(num_digits=6)}-{id:uuid}}
 * matches {@code 201901-6ba7b810-9dad-11d1-80b4-00c04fd430c8}, where Falcon's regex gives up
 * (Falcon issue #1567). No regular expression is involved, and at most {@link #MAX_SPLITS}
 * splits are tried.
 */
final class ComplexSegment implements TemplateSegment {

    /**
     * Sibling order at one level of the route tree: the segment with more literal text first, since
     * it is the more specific ({@code {x}.detail.{ext}} before {@code {x}.{ext}}); then by text, so
     * the order never depends on the order routes were added in.
     */
    static final Comparator<ComplexSegment> MORE_LITERAL_TEXT_FIRST =
            Comparator.comparingInt(ComplexSegment::literalLength).reversed().thenComparing(ComplexSegment::text);

    /**
     * PERF: how many splits one segment may try before it counts as not matching. Backtracking
     * through several fields is polynomial in the segment's length; this bound keeps a crafted
     * path (a long run of separators that converters reject) from turning a lookup into seconds
     * of work, while real segments need a handful of tries.
     */
    static final int MAX_SPLITS = 256;

    private static final int MATCHED = -1;

    private final String text;
    /** The literal text before the first field, between fields, and after the last one. */
    private final String[] literals;
    private final TemplateField[] fields;
    /** For each field, the fewest characters the segment needs after the field's end. */
    private final int[] minimumAfter;
    private final String skeleton;
    private final int literalLength;

    ComplexSegment(String text, List<String> literals, List<TemplateField> fields) {
        this.text = text;
        this.literals = literals.toArray(String[]::new);
        this.fields = fields.toArray(TemplateField[]::new);
        this.skeleton = String.join("{}", literals);
        this.minimumAfter = new int[this.fields.length];
        int after = this.literals[this.fields.length].length();
        for (int i = this.fields.length - 1; i >= 0; i--) {
            minimumAfter[i] = after;
            after += 1 + this.literals[i].length();
        }
        this.literalLength = skeleton.length() - 2 * (this.fields.length);
    }

    @Override
    public String text() {
        return text;
    }

    /**
     * The literal text with every field written as {@code {}}: {@code {a}.{b:int}} and
     * {@code {c}.{d}} both have {@code {}.{}}, so no path could tell them apart.
     */
    String skeleton() {
        return skeleton;
    }

    /** How many literal characters the segment has. */
    int literalLength() {
        return literalLength;
    }

    /** The fields, in template order. */
    List<TemplateField> fields() {
        return List.of(fields);
    }

    /** The literal pieces: before the first field, between each two, after the last. */
    List<String> literals() {
        return List.of(literals);
    }

    /**
     * Matches one percent-decoded path segment; on success appends every field to {@code out} in
     * order, on failure leaves {@code out} as it was.
     */
    boolean match(String segment, MatchedFields out) {
        String prefix = literals[0];
        return segment.startsWith(prefix) && matchField(segment, 0, prefix.length(), out, MAX_SPLITS) == MATCHED;
    }

    /**
     * Matches fields from {@code index} on, starting at {@code start}; returns {@link #MATCHED}, or
     * how many more splits may still be tried.
     */
    private int matchField(String segment, int index, int start, MatchedFields out, int splitsLeft) {
        TemplateField field = fields[index];
        String next = literals[index + 1];
        if (index == fields.length - 1) {
            int end = segment.length() - next.length();
            boolean matched = end > start && segment.startsWith(next, end)
                    && accept(field, segment.substring(start, end), out);
            return matched ? MATCHED : splitsLeft;
        }
        int mark = out.size();
        // NOTE: the right-most place for the next literal first, as a greedy regex would take it;
        // each earlier place is tried only when a converter further right rejects its text.
        for (int end = segment.lastIndexOf(next, segment.length() - minimumAfter[index]); end > start;
                end = segment.lastIndexOf(next, end - 1)) {
            if (splitsLeft == 0) {
                return 0;
            }
            splitsLeft--;
            if (accept(field, segment.substring(start, end), out)) {
                splitsLeft = matchField(segment, index + 1, end + next.length(), out, splitsLeft);
                if (splitsLeft == MATCHED) {
                    return MATCHED;
                }
            }
            out.truncate(mark);
        }
        return splitsLeft;
    }

    private static boolean accept(TemplateField field, String text, MatchedFields out) {
        Object value = field.convert(text);
        if (value == null) {
            return false;
        }
        out.add(field.name(), text, value);
        return true;
    }
}

package dev.peregrine.routing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code re} converter, {@code re(pattern)}: text that the {@link Pattern regular expression}
 * matches in full, as itself. {@code {code:re("[A-Z]{3}")}} matches {@code EUR} but not
 * {@code EURO}; braces inside the quoted pattern are fine.
 */
final class RegexConverter implements FieldConverter {

    private final Pattern pattern;

    private RegexConverter(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Makes the converter from {@code re(...)}'s arguments. */
    static RegexConverter create(ConverterArguments arguments) {
        String source = arguments.bind("re", "pattern").require("pattern").string("pattern");
        try {
            return new RegexConverter(Pattern.compile(source));
        } catch (PatternSyntaxException invalid) {
            throw new UnacceptableRouteException("converter 're' pattern \"" + source
                    + "\" is not a valid regular expression: " + invalid.getDescription()
                    + " near index " + invalid.getIndex(), invalid);
        }
    }

    @Override
    public Object convert(String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.matches() ? text : null;
    }
}

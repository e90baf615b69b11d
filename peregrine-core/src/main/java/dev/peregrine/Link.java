package dev.peregrine;

import dev.peregrine.internal.http.HttpToken;
import dev.peregrine.internal.http.QuotedString;
import dev.peregrine.internal.uri.PercentCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One value of a {@code Link} header (RFC 8288), built fluently and written as Falcon's
 * {@code resp.append_link} writes it.
 *
 * {@snippet :
 * Link next = Link.to("/items?page=3", "next").title("Page 3").hreflang("en");
 * next.toString(); // </items?page=3>; rel=next; title="Page 3"; hreflang=en
 * }
 */
public final class Link {

    private final String target;
    private final String rel;
    private String title;
    private String titleStarLanguage;
    private String titleStarText;
    private String anchor;
    private final List<String> hreflangs = new ArrayList<>(1);
    private String typeHint;
    private String crossorigin;
    private final List<String> extensionNames = new ArrayList<>(0);
    private final List<String> extensionValues = new ArrayList<>(0);

    private Link(String target, String rel) {
        this.target = Objects.requireNonNull(target, "target");
        this.rel = Objects.requireNonNull(rel, "rel");
    }

    /**
     * A link to {@code target} (a URI, percent-encoded here unless it already is) with relation
     * type {@code rel}, such as {@code next}, or an extension relation type URI.
     */
    public static Link to(String target, String rel) {
        return new Link(target, rel);
    }

    /** A human-readable US-ASCII label for the target; use {@link #titleStar} for other text. */
    public Link title(String title) {
        this.title = title;
        return this;
    }

    /**
     * A label in any language, sent UTF-8 and percent-encoded (RFC 8187).
     *
     * @param language a language tag such as {@code en}, or {@code ""} to leave it to the context
     */
    public Link titleStar(String language, String text) {
        this.titleStarLanguage = Objects.requireNonNull(language, "language");
        this.titleStarText = Objects.requireNonNull(text, "text");
        return this;
    }

    /** Overrides the link's context, which is by default the requested resource; may be relative. */
    public Link anchor(String anchor) {
        this.anchor = anchor;
        return this;
    }

    /** A language the target is available in; call again for each further language. */
    public Link hreflang(String languageTag) {
        hreflangs.add(Objects.requireNonNull(languageTag, "languageTag"));
        return this;
    }

    /** A hint of the media type the target returns; the target's Content-Type still decides. */
    public Link typeHint(String mediaType) {
        this.typeHint = mediaType;
        return this;
    }

    /**
     * How the target is fetched across origins.
     *
     * @param mode {@code anonymous} or {@code use-credentials}, in any case
     * @throws IllegalArgumentException for any other mode
     */
    public Link crossorigin(String mode) {
        String normalized = mode.toLowerCase(Locale.ROOT);
        if (!normalized.equals("anonymous") && !normalized.equals("use-credentials")) {
            throw new IllegalArgumentException(
                    "crossorigin must be 'anonymous' or 'use-credentials', not '" + mode + "'");
        }
        this.crossorigin = normalized;
        return this;
    }

    /**
     * A further target attribute (RFC 8288 §3.4.2). The value is written as is when it is a
     * token and as a quoted-string otherwise.
     *
     * @throws IllegalArgumentException when {@code name} is not a token
     */
    public Link extension(String name, String value) {
        if (!HttpToken.isToken(name)) {
            throw new IllegalArgumentException("Link attribute name '" + name + "' must be a token (RFC 9110 §5.6.2)");
        }
        extensionNames.add(name);
        extensionValues.add(Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * The header form, attributes in Falcon's order:
     * {@code <target>; rel=next; title="x"; title*=UTF-8'en'x; type="text/html"; hreflang=en;
     * anchor="/a"; crossorigin}, then extensions. Several links join with {@code ", "}.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(64).append('<').append(PercentCodec.encodeUriCheckEscaped(target))
                .append(">; rel=");
        appendRel(out);
        if (title != null) {
            out.append("; title=").append(QuotedString.quote(title));
        }
        if (titleStarText != null) {
            out.append("; title*=UTF-8'").append(titleStarLanguage).append('\'')
                    .append(PercentCodec.encodeValue(titleStarText));
        }
        if (typeHint != null) {
            out.append("; type=").append(QuotedString.quote(typeHint));
        }
        for (String hreflang : hreflangs) {
            out.append("; hreflang=").append(hreflang);
        }
        if (anchor != null) {
            out.append("; anchor=").append(QuotedString.quote(PercentCodec.encodeUriCheckEscaped(anchor)));
        }
        if (crossorigin != null) {
            out.append(crossorigin.equals("anonymous") ? "; crossorigin" : "; crossorigin=\"use-credentials\"");
        }
        for (int i = 0; i < extensionNames.size(); i++) {
            String value = extensionValues.get(i);
            out.append("; ").append(extensionNames.get(i)).append('=')
                    .append(HttpToken.isToken(value) ? value : QuotedString.quote(value));
        }
        return out.toString();
    }

    private void appendRel(StringBuilder out) {
        // NOTE: a relation type holding "//" is an extension URI (or a list with one), which RFC
        // 8288 §3.3 requires quoted; registered types such as "next" stay bare, as in Falcon.
        if (!rel.contains("//")) {
            out.append(rel);
            return;
        }
        out.append('"');
        boolean first = true;
        int length = rel.length();
        for (int start = 0; start < length; ) {
            int end = start;
            while (end < length && !Character.isWhitespace(rel.charAt(end))) {
                end++;
            }
            if (end > start) {
                out.append(first ? "" : " ").append(PercentCodec.encodeUriCheckEscaped(rel.substring(start, end)));
                first = false;
            }
            start = end + 1;
        }
        out.append('"');
    }
}

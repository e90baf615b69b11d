package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LinkTest {

    @Test
    void targetAndRelationAreWritten() {
        assertEquals("</things/2>; rel=next", Link.to("/things/2", "next").toString());
    }

    @Test
    void allAttributesFollowFalconsOrder() {
        Link link = Link.to("/things?a=b c", "next").extension("x", "1").crossorigin("anonymous").anchor("/a b")
                .hreflang("en").hreflang("de").typeHint("text/html").titleStar("en", "Hé").title("T");

        assertEquals("</things?a=b%20c>; rel=next; title=\"T\"; title*=UTF-8'en'H%C3%A9; type=\"text/html\";"
                + " hreflang=en; hreflang=de; anchor=\"/a%20b\"; crossorigin; x=1", link.toString());
    }

    @Test
    void alreadyEncodedTargetIsNotEncodedTwice() {
        assertEquals("</a%20b>; rel=self", Link.to("/a%20b", "self").toString());
    }

    @Test
    void extensionRelationTypesAreQuotedAndEncoded() {
        assertEquals("<http://x/y>; rel=\"http://a.com/rel alternate\"",
                Link.to("http://x/y", "http://a.com/rel  alternate").toString());
    }

    @Test
    void useCredentialsIsWrittenQuotedWhateverItsCase() {
        assertEquals("</a>; rel=preload; crossorigin=\"use-credentials\"",
                Link.to("/a", "preload").crossorigin("USE-credentials").toString());
    }

    @Test
    void unknownCrossoriginModeIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Link.to("/a", "preload").crossorigin("always"));

        assertEquals("crossorigin must be 'anonymous' or 'use-credentials', not 'always'", error.getMessage());
    }

    @Test
    void titleWithQuotesIsEscaped() {
        assertEquals("</a>; rel=up; title=\"say \\\"hi\\\"\"", Link.to("/a", "up").title("say \"hi\"").toString());
    }

    @Test
    void titleStarWithoutLanguageKeepsTheEmptyTag() {
        assertEquals("</a>; rel=up; title*=UTF-8''a%20b", Link.to("/a", "up").titleStar("", "a b").toString());
    }

    @Test
    void extensionValueThatIsNotATokenIsQuoted() {
        assertEquals("</a>; rel=up; sizes=\"16x16 32x32\"",
                Link.to("/a", "up").extension("sizes", "16x16 32x32").toString());
    }

    @Test
    void extensionNameMustBeAToken() {
        assertThrows(IllegalArgumentException.class, () -> Link.to("/a", "up").extension("a b", "1"));
    }
}

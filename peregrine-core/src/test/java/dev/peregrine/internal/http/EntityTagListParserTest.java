package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.ETag;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagListParserTest {

    @Test
    void parsesStrongAndWeakTagsInOrder() {
        assertEquals(List.of(ETag.strong("a"), ETag.weak("b"), ETag.weak("c")),
                EntityTagListParser.parse("\"a\", W/\"b\",w/\"c\""));
    }

    @Test
    void commaInsideQuotesBelongsToTheTag() {
        assertEquals(List.of(ETag.strong("a,b"), ETag.strong("c")), EntityTagListParser.parse("\"a,b\", \"c\""));
    }

    @Test
    void starIsAny() {
        assertEquals(List.of(ETag.ANY), EntityTagListParser.parse(" * "));
    }

    @Test
    void singleUnquotedTagIsAcceptedAsStrong() {
        assertEquals(List.of(ETag.strong("abc")), EntityTagListParser.parse("abc"));
    }

    @Test
    void unquotedTagsInAListAreIgnored() {
        assertEquals(List.of(ETag.strong("b")), EntityTagListParser.parse("a, \"b\", c"));
    }

    @Test
    void blankOrMissingValueGivesNoTags() {
        assertEquals(List.of(), EntityTagListParser.parse("  "));
        assertEquals(List.of(), EntityTagListParser.parse(null));
    }

    @Test
    void onlyCommasGiveNoTags() {
        assertEquals(List.of(), EntityTagListParser.parse(" , ,"));
    }
}

package dev.peregrine.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;


import dev.peregrine.routing.Converters;
import org.junit.jupiter.api.Test;

class CompiledRouterMatchingTest {

    private final CompiledRouter<String> router = new CompiledRouter<>(new Converters());

    /** The target and the fields, as "target {name=value, ...}", or "no match {}" with the fields left over. */
    private String find(String path) {
        MatchedFields fields = new MatchedFields();
        String target = router.find(path, fields);
        return (target == null ? "no match" : target) + " " + fields;
    }

    @Test
    void literalRouteMatchesItsPath() {
        router.add("/things", "things");

        assertEquals("things {}", find("/things"));
    }

    @Test
    void fieldCapturesItsSegment() {
        router.add("/things/{id}", "thing");

        assertEquals("thing {id=42}", find("/things/42"));
    }

    @Test
    void fieldsAreCapturedInTemplateOrderWithConvertedValues() {
        router.add("/repos/{org}/{repo}/commits/{sha:int}", "commit");
        MatchedFields fields = new MatchedFields();

        router.find("/repos/falconry/falcon/commits/7", fields);

        assertEquals(3, fields.size());
        assertEquals("org", fields.name(0));
        assertEquals("sha", fields.name(2));
        assertEquals("7", fields.text(2));
        assertEquals(7L, fields.value(2));
    }

    @Test
    void emptyRouterFindsNothing() {
        assertEquals("no match {}", find("/"));
    }

    @Test
    void unknownPathFindsNothingAndLeavesFieldsEmpty() {
        router.add("/a/{x}/b", "ab");

        assertEquals("no match {}", find("/a/1/c"));
    }

    @Test
    void literalBeatsAFieldAddedBeforeIt() {
        router.add("/users/{id}", "user");
        router.add("/users/me", "me");

        assertEquals("me {}", find("/users/me"));
        assertEquals("user {id=you}", find("/users/you"));
    }

    @Test
    void complexSegmentBeatsASimpleFieldAddedBeforeIt() {
        router.add("/files/{name}", "plain");
        router.add("/files/{name}.{ext}", "with extension");

        assertEquals("with extension {name=report, ext=pdf}", find("/files/report.pdf"));
        assertEquals("plain {name=report}", find("/files/report"));
    }

    @Test
    void failedLiteralBranchFallsBackToTheFieldBranch() {
        router.add("/x/foo/b", "literal");
        router.add("/x/{id}/a", "field");

        assertEquals("field {id=foo}", find("/x/foo/a"));
        assertEquals("literal {}", find("/x/foo/b"));
    }

    @Test
    void failedFieldBranchUndoesItsFields() {
        router.add("/x/{id}.{ext}/a", "complex");
        router.add("/x/{name}/b", "simple");

        assertEquals("simple {name=f.txt}", find("/x/f.txt/b"));
    }

    @Test
    void converterRejectionMakesTheRouteNotMatch() {
        router.add("/things/{id:int}", "thing");

        assertEquals("no match {}", find("/things/abc"));
    }

    @Test
    void simpleFieldMatchesAnEmptySegment() {
        router.add("/x/{a}", "x");

        assertEquals("x {a=}", find("/x/"));
    }

    @Test
    void pathMustHaveExactlyTheTemplatesLength() {
        router.add("/foo/{id}", "foo");

        assertEquals("no match {}", find("/foo/23/bar"));
        assertEquals("no match {}", find("/foo"));
    }

    @Test
    void matchingIsCaseSensitive() {
        router.add("/Things", "things");

        assertEquals("no match {}", find("/things"));
    }

    @Test
    void leadingSlashesAreIgnored() {
        router.add("/bar", "bar");

        assertEquals("bar {}", find("//bar"));
        assertEquals("bar {}", find("bar"));
    }

    @Test
    void trailingSlashIsARealSegment() {
        router.add("/a", "without");

        assertEquals("no match {}", find("/a/"));
    }

    @Test
    void templateEndingInSlashMatchesOnlyThePathEndingInSlash() {
        router.add("/a/", "with");

        assertEquals("with {}", find("/a/"));
        assertEquals("no match {}", find("/a"));
    }

    @Test
    void rootTemplateMatchesTheRootPath() {
        router.add("/", "root");

        assertEquals("root {}", find("/"));
    }

    @Test
    void segmentsArePercentDecodedBeforeMatching() {
        router.add("/caf\u00e9/{name}", "cafe");

        assertEquals("cafe {name=a b}", find("/caf%C3%A9/a%20b"));
    }

    @Test
    void encodedSlashStaysInsideItsSegment() {
        router.add("/files/{id}", "file");
        router.add("/files/{id}/meta", "meta");

        assertEquals("file {id=a/b}", find("/files/a%2Fb"));
        assertEquals("meta {id=a/b}", find("/files/a%2Fb/meta"));
    }

    @Test
    void pathFieldTakesTheRestOfThePath() {
        router.add("/p/{rest:path}", "rest");

        assertEquals("rest {rest=x/y}", find("/p/x/y"));
    }

    @Test
    void pathFieldMatchesAnEmptyRest() {
        router.add("/p/{rest:path}", "rest");

        assertEquals("rest {rest=}", find("/p/"));
    }

    @Test
    void pathFieldNeedsAtLeastOneMoreSegment() {
        router.add("/p/{rest:path}", "rest");

        assertEquals("no match {}", find("/p"));
    }

    @Test
    void pathFieldLosesToALiteralSibling() {
        router.add("/p/{rest:path}", "rest");
        router.add("/p/special", "special");

        assertEquals("special {}", find("/p/special"));
        assertEquals("rest {rest=special/x}", find("/p/special/x"));
    }

    @Test
    void hundredLiteralSiblingsEachFindTheirOwnRoute() {
        for (int i = 0; i < 100; i++) {
            router.add("/api/resource" + i + "/{id}", "r" + i);
        }

        assertEquals("r0 {id=1}", find("/api/resource0/1"));
        assertEquals("r57 {id=2}", find("/api/resource57/2"));
        assertEquals("r99 {id=3}", find("/api/resource99/3"));
        assertEquals("no match {}", find("/api/resource100/3"));
    }

    @Test
    void sizeCountsTheRoutes() {
        router.add("/a", "a");
        router.add("/a/{b}", "b");

        assertEquals(2, router.size());
    }
}

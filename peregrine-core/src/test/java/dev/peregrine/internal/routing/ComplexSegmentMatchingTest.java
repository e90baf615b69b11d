package dev.peregrine.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;


import dev.peregrine.routing.Converters;
import org.junit.jupiter.api.Test;

class ComplexSegmentMatchingTest {

    private static final String UUID_TEXT = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";

    private final CompiledRouter<String> router = new CompiledRouter<>(new Converters());

    private String find(String path) {
        MatchedFields fields = new MatchedFields();
        String target = router.find(path, fields);
        return (target == null ? "no match" : target) + " " + fields;
    }

    @Test
    void severalFieldsAndLiteralTextShareASegment() {
        router.add("/repos/{org}/{repo}/compare/{usr0}:{branch0}...{usr1}:{branch1}", "compare");

        assertEquals("compare {org=falconry, repo=falcon, usr0=ann, branch0=main, usr1=bob, branch1=dev}",
                find("/repos/falconry/falcon/compare/ann:main...bob:dev"));
    }

    @Test
    void splittingIsGreedyLikeFalconsRegex() {
        router.add("/c/{a}-{b:int}", "c");

        assertEquals("c {a=foo-bar, b=12}", find("/c/foo-bar-12"));
    }

    @Test
    void converterRejectionTriesAShorterSplit() {
        router.add("/c/{a:int}-{b}", "c");

        assertEquals("c {a=12, b=foo-bar}", find("/c/12-foo-bar"));
    }

    @Test
    void convertersTakePartInSplittingIssue1567() {
        router.add("/{day:int(num_digits=6)}-{id:uuid}", "day");

        assertEquals("day {day=201901, id=" + UUID_TEXT + "}", find("/201901-" + UUID_TEXT));
    }

    @Test
    void everyFieldNeedsAtLeastOneCharacter() {
        router.add("/f/{name}.{ext}", "file");

        assertEquals("no match {}", find("/f/.txt"));
        assertEquals("no match {}", find("/f/name."));
    }

    @Test
    void prefixAndSuffixMustMatch() {
        router.add("/f/v{major}.{minor}-beta", "version");

        assertEquals("version {major=1, minor=2}", find("/f/v1.2-beta"));
        assertEquals("no match {}", find("/f/w1.2-beta"));
        assertEquals("no match {}", find("/f/v1.2-alpha"));
    }

    @Test
    void adjacentFieldsSplitGreedily() {
        router.add("/a/{x}{y}", "adjacent");

        assertEquals("adjacent {x=ab, y=c}", find("/a/abc"));
    }

    @Test
    void moreLiteralTextIsTriedFirstWhenAddedLast() {
        router.add("/a/{x}.{ext}", "short");
        router.add("/a/{x}.detail.{ext}", "detail");

        assertEquals("detail {x=foo, ext=json}", find("/a/foo.detail.json"));
    }

    @Test
    void moreLiteralTextIsTriedFirstWhenAddedFirst() {
        router.add("/a/{x}.detail.{ext}", "detail");
        router.add("/a/{x}.{ext}", "short");

        assertEquals("detail {x=foo, ext=json}", find("/a/foo.detail.json"));
        assertEquals("short {x=foo, ext=json}", find("/a/foo.json"));
    }

    @Test
    void failingComplexSubtreeFallsBackToTheNextSibling() {
        router.add("/a/{x}.detail.{ext}/raw", "detail raw");
        router.add("/a/{x}.{ext}/info", "short info");

        assertEquals("short info {x=foo.detail, ext=json}", find("/a/foo.detail.json/info"));
    }

    @Test
    void complexSegmentFieldsAreUndoneWhenTheSegmentFails() {
        router.add("/a/{x}.{y:int}", "numbered");

        assertEquals("no match {}", find("/a/foo.bar"));
    }

    @Test
    void shorterSplitsAreTriedUpToTheLimit() {
        router.add("/c/{id:int}-{slug}", "article");

        assertEquals("article {id=12, slug=" + "w-".repeat(200) + "end}", find("/c/12-" + "w-".repeat(200) + "end"));
    }

    @Test
    void segmentNeedingMoreSplitsThanTheLimitDoesNotMatch() {
        router.add("/c/{id:int}-{slug}", "article");

        assertEquals("no match {}", find("/c/12-" + "w-".repeat(ComplexSegment.MAX_SPLITS) + "end"));
    }

    @Test
    void sameRoutesInEitherOrderGiveTheSameResults() {
        String[] templates = {"/a/{x}.{ext}", "/a/{x}.detail.{ext}", "/a/{x}_{y}", "/a/{name}", "/a/static"};
        String[] paths = {"/a/foo.detail.json", "/a/foo.json", "/a/foo_bar.txt", "/a/foo", "/a/static", "/a/x.y_z"};
        CompiledRouter<String> forwards = new CompiledRouter<>(new Converters());
        CompiledRouter<String> backwards = new CompiledRouter<>(new Converters());
        for (int i = 0; i < templates.length; i++) {
            forwards.add(templates[i], templates[i]);
            backwards.add(templates[templates.length - 1 - i], templates[templates.length - 1 - i]);
        }

        for (String path : paths) {
            MatchedFields forwardFields = new MatchedFields();
            MatchedFields backwardFields = new MatchedFields();
            assertEquals(forwards.find(path, forwardFields), backwards.find(path, backwardFields), path);
            assertEquals(forwardFields.toString(), backwardFields.toString(), path);
        }
        assertEquals(forwards.describe(), backwards.describe());
    }
}

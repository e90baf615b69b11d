package dev.peregrine.internal.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PathSegmentsTest {

    @Test
    void pathIsSplitOnSlashes() {
        assertArrayEquals(new String[] {"a", "b", "c"}, PathSegments.split("/a/b/c"));
    }

    @Test
    void rootIsOneEmptySegment() {
        assertArrayEquals(new String[] {""}, PathSegments.split("/"));
    }

    @Test
    void leadingSlashesAreDropped() {
        assertArrayEquals(new String[] {"a"}, PathSegments.split("///a"));
    }

    @Test
    void trailingSlashLeavesAnEmptySegment() {
        assertArrayEquals(new String[] {"a", ""}, PathSegments.split("/a/"));
    }

    @Test
    void innerDoubleSlashLeavesAnEmptySegment() {
        assertArrayEquals(new String[] {"a", "", "b"}, PathSegments.split("/a//b"));
    }

    @Test
    void eachSegmentIsDecodedAfterSplitting() {
        assertArrayEquals(new String[] {"a/b", "c d"}, PathSegments.split("/a%2Fb/c%20d"));
    }

    @Test
    void plusStaysAPlus() {
        assertArrayEquals(new String[] {"a+b"}, PathSegments.split("/a+b"));
    }

    @Test
    void joinFromGluesTheRemainingSegments() {
        assertEquals("b//c", PathSegments.joinFrom(new String[] {"a", "b", "", "c"}, 1));
    }
}

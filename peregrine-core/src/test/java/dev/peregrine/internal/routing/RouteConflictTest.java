package dev.peregrine.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;


import dev.peregrine.routing.Converters;
import dev.peregrine.routing.UnacceptableRouteException;
import org.junit.jupiter.api.Test;

class RouteConflictTest {

    private final CompiledRouter<String> router = new CompiledRouter<>(new Converters());

    private String failure(String template, String target) {
        return assertThrows(UnacceptableRouteException.class, () -> router.add(template, target)).getMessage();
    }

    @Test
    void differentFieldNamesAtTheSameLevelConflict() {
        router.add("/parents/{id}", "parent");

        assertEquals("Route template '/parents/{parent_id}/children' conflicts with '/parents/{id}': segment 2 is "
                + "the field {parent_id} in one and {id} in the other, and a level of the route tree holds only one "
                + "whole-segment field. Write it as {id} in both (same name and converter)",
                failure("/parents/{parent_id}/children", "children"));
    }

    @Test
    void sameFieldWithAndWithoutConverterConflicts() {
        router.add("/x/{id}", "plain");

        assertEquals("Route template '/x/{id:int}' conflicts with '/x/{id}': segment 2 is the field {id:int} in one "
                + "and {id} in the other, and a level of the route tree holds only one whole-segment field. "
                + "Write it as {id} in both (same name and converter)", failure("/x/{id:int}", "converted"));
    }

    @Test
    void differentFieldsConflictEvenWhenTheRestDiffers() {
        router.add("/x/{id}/y", "y");

        assertEquals("Route template '/x/{name}/z' conflicts with '/x/{id}/y': segment 2 is the field {name} in one "
                + "and {id} in the other, and a level of the route tree holds only one whole-segment field. "
                + "Write it as {id} in both (same name and converter)", failure("/x/{name}/z", "z"));
    }

    @Test
    void pathFieldConflictsWithASimpleField() {
        router.add("/p/{id}", "one");

        assertEquals("Route template '/p/{rest:path}' conflicts with '/p/{id}': segment 2 is the field {rest:path} "
                + "in one and {id} in the other, and a level of the route tree holds only one whole-segment field. "
                + "Write it as {id} in both (same name and converter)", failure("/p/{rest:path}", "rest"));
    }

    @Test
    void complexSegmentsWithTheSameSkeletonConflict() {
        router.add("/a/{a}.{b}", "ab");

        assertEquals("Route template '/a/{c}.{d:int}' conflicts with '/a/{a}.{b}': segment 2 has the same literal "
                + "text around its fields in {c}.{d:int} and {a}.{b}, so no path could choose between them. Write "
                + "it as {a}.{b} in both, or change its literal text", failure("/a/{c}.{d:int}", "cd"));
    }

    @Test
    void complexSegmentsWithDifferentSkeletonsCoexist() {
        router.add("/a/{a}.{b}", "dot");
        router.add("/a/{a}_{b}", "underscore");

        MatchedFields fields = new MatchedFields();
        assertEquals("underscore", router.find("/a/x_y", fields));
    }

    @Test
    void literalAndFieldAtTheSameLevelCoexist() {
        router.add("/x/{id}", "field");
        router.add("/x/new", "literal");

        assertEquals(2, router.size());
    }

    @Test
    void simpleFieldAndComplexSegmentCoexist() {
        router.add("/x/{id}", "field");
        router.add("/x/{id}.{ext}", "complex");

        assertEquals(2, router.size());
    }

    @Test
    void identicalSegmentTextSharesANode() {
        router.add("/x/{id:int}", "item");
        router.add("/x/{id:int}/parts", "parts");

        MatchedFields fields = new MatchedFields();
        assertEquals("parts", router.find("/x/5/parts", fields));
    }

    @Test
    void sameTemplateTwiceFailsNamingBothTargets() {
        router.add("/things/{id}", "ThingResource@1");

        assertEquals("Route template '/things/{id}' was already added, for ThingResource@1; adding it again, for "
                + "OtherResource@2, would silently replace it. Remove one of the two routes",
                failure("/things/{id}", "OtherResource@2"));
    }

    @Test
    void rejectedRouteLeavesTheRouterUnchanged() {
        router.add("/x/{id}/y/{b}", "b");
        String before = router.describe();

        failure("/x/{id}/y/{a}/deeper", "a");
        failure("/x/{name}/z", "z");
        failure("/x/{id}/y/{b", "malformed");

        assertEquals(before, router.describe());
        assertEquals(1, router.size());
    }

    @Test
    void routeAfterAPrefixWithoutTargetIsNotADuplicate() {
        router.add("/a/b", "deep");
        router.add("/a", "shallow");

        MatchedFields fields = new MatchedFields();
        assertEquals("shallow", router.find("/a", fields));
    }

    @Test
    void nullTargetIsRejected() {
        assertEquals("Route template '/x' needs a target, not null",
                assertThrows(IllegalArgumentException.class, () -> router.add("/x", null)).getMessage());
    }
}

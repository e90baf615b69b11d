package dev.peregrine.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.routing.Converters;
import org.junit.jupiter.api.Test;

class RouteTreePrinterTest {

    @Test
    void describePrintsEveryNodeInTheOrderItIsTried() {
        CompiledRouter<String> router = new CompiledRouter<>(new Converters());
        router.add("/static/{p:path}", "Static");
        router.add("/repos/{org}/{repo}/commits/{sha:int(min=1)}", "Commit");
        router.add("/repos/{org}/{repo}.{fmt}", "Format");
        router.add("/repos/{org}/latest", "Latest");
        router.add("/repos/{org}", "Org");
        router.add("/repos", "Repos");
        router.add("/", "Root");

        assertEquals("""
                7 routes; at each level: the literal (hash lookup), then complex segments top to bottom, then the field
                /
                ├── "" · literal · ⇒ / → Root
                ├── repos · literal · ⇒ /repos → Repos
                │   └── {org} · field org · ⇒ /repos/{org} → Org
                │       ├── latest · literal · ⇒ /repos/{org}/latest → Latest
                │       ├── {repo}.{fmt} · complex: repo, fmt · ⇒ /repos/{org}/{repo}.{fmt} → Format
                │       └── {repo} · field repo
                │           └── commits · literal
                │               └── {sha:int(min=1)} · field sha:int · ⇒ /repos/{org}/{repo}/commits/{sha:int(min=1)} → Commit
                └── static · literal
                    └── {p:path} · field p:path, takes the rest of the path · ⇒ /static/{p:path} → Static
                """, router.describe());
    }

    @Test
    void emptyRouterPrintsOnlyTheHeaderAndRoot() {
        assertEquals("0 routes; at each level: the literal (hash lookup), then complex segments top to bottom, "
                + "then the field\n/\n", new CompiledRouter<String>(new Converters()).describe());
    }
}

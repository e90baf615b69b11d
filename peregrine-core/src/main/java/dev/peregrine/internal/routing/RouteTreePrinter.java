package dev.peregrine.internal.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a route tree as indented text, so the router's decisions can be read: one node a line,
 * children in the order they are tried, each with its kind, fields and converters, and the
 * template and target that end there.
 * {@snippet lang=text :
 * 3 routes; at each level: the literal (hash lookup), then complex segments top to bottom, then the field
 * /
 * └── repos · literal · ⇒ /repos → Repos
 *     └── {org} · field org · ⇒ /repos/{org} → Org
 *         └── {repo}.{fmt:int} · complex: repo, fmt:int · ⇒ /repos/{org}/{repo}.{fmt:int} → Format
 * }
 */
final class RouteTreePrinter {

    private final RouteNode root;
    private final int routeCount;
    private final StringBuilder out = new StringBuilder();

    RouteTreePrinter(RouteNode root, int routeCount) {
        this.root = root;
        this.routeCount = routeCount;
    }

    String print() {
        out.append(routeCount).append(routeCount == 1 ? " route" : " routes")
                .append("; at each level: the literal (hash lookup), then complex segments top to bottom, ")
                .append("then the field\n/\n");
        printChildren(root, "");
        return out.toString();
    }

    private void printChildren(RouteNode node, String indent) {
        List<RouteNode> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            RouteNode child = children.get(i);
            out.append(indent).append(last ? "└── " : "├── ");
            describe(child);
            out.append('\n');
            printChildren(child, indent + (last ? "    " : "│   "));
        }
    }

    private void describe(RouteNode node) {
        switch (node.segment()) {
            case LiteralSegment literal -> out.append(literal.text().isEmpty() ? "\"\"" : literal.text())
                    .append(" · literal");
            case FieldSegment whole -> {
                out.append(whole.text()).append(" · field ").append(fieldLabel(whole.field()));
                if (whole.field().consumesRest()) {
                    out.append(", takes the rest of the path");
                }
            }
            case ComplexSegment complex -> {
                List<String> labels = new ArrayList<>();
                for (TemplateField field : complex.fields()) {
                    labels.add(fieldLabel(field));
                }
                out.append(complex.text()).append(" · complex: ").append(String.join(", ", labels));
            }
        }
        if (node.template() != null) {
            out.append(" · ⇒ ").append(node.template().text()).append(" → ").append(node.target());
        }
    }

    private static String fieldLabel(TemplateField field) {
        return field.converterName() == null ? field.name() : field.name() + ":" + field.converterName();
    }
}

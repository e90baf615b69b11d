package dev.peregrine.bench.report;

/** The report's inline style sheet: sized for a laptop screen, charts three to a row on wide ones. */
final class ReportStyle {
    private ReportStyle() {
    }

    /** The CSS; it holds no {@code <} or {@code &}, so it needs no escaping inside {@code <style>}. */
    static final String CSS = """
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d232a;
                   max-width: 1360px; margin: 0 auto; padding: 16px 20px 40px; background: #fff; }
            h1 { font-size: 22px; margin: 4px 0 8px; }
            h2 { font-size: 18px; margin: 28px 0 4px; padding-top: 10px; border-top: 1px solid #dee2e6; }
            nav ol { margin: 0; padding-left: 20px; columns: 3; font-size: 13px; }
            a { color: #1c5fb0; }
            .lede { margin: 2px 0 6px; color: #495057; font-size: 13px; }
            .key { font-size: 13px; color: #495057; margin: 8px 0 0; }
            .swatch { display: inline-block; width: 12px; height: 12px; margin: 0 4px -1px 10px; border-radius: 2px; }
            .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr)); gap: 6px 18px; }
            figure { margin: 0; }
            figcaption { font-weight: 600; font-size: 13px; margin: 6px 0 0; }
            svg { width: 100%; height: auto; display: block; }
            svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; fill: #1d232a; }
            svg .tick, svg .unit { fill: #6c757d; font-size: 11px; }
            svg .note { fill: #343a40; }
            .grid { stroke: #e9ecef; stroke-width: 1; }
            .whisker { stroke: #111; stroke-width: 1.2; }
            .peregrine { fill: #e8590c; background: #e8590c; }
            .baseline { fill: #495057; background: #495057; }
            .peer { fill: #74a0d8; background: #74a0d8; }
            .p50 { fill: #a5c0e8; }
            .p99 { fill: #2f5d9a; }
            rect.faded { fill-opacity: 0.4; }
            .line { fill: none; stroke-width: 2; }
            .point.marked { stroke: #c92a2a; stroke-width: 2.5; }
            .legend { font-size: 12px; margin: 2px 0 0; }
            table { border-collapse: collapse; margin: 10px 0 0; font-size: 13px; }
            th, td { padding: 3px 10px; border-bottom: 1px solid #e9ecef; text-align: right; white-space: nowrap; }
            thead th { border-bottom: 2px solid #adb5bd; font-weight: 600; }
            tbody th { text-align: left; font-weight: 500; }
            tr.peregrine th, tr.baseline th { font-weight: 700; }
            tr.peregrine, tr.baseline, tr.peer { background: none; }
            td.bad { color: #c92a2a; font-weight: 700; }
            td.mark { text-align: left; color: #862e9c; }
            p.note { font-size: 12px; color: #495057; margin: 4px 0; }
            .facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; margin: 8px 0; }
            .facts dt { font-weight: 600; }
            .facts dd { margin: 0; }
            code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: #f1f3f5; padding: 1px 4px; }
            .versions td { text-align: left; }
            """;
}

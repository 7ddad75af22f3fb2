namespace Dossier.Web.Html;

/// <summary>The one stylesheet, served from memory so that no request path reaches the file system.</summary>
internal static class Stylesheet
{
    public const string Path = "/static/site.css";

    public const string Css = """
        :root { --ink:#1d2430; --muted:#5b6472; --line:#d9dee6; --accent:#1f5fa8; --mark:#ffe27a; --bg:#f7f8fa; }
        * { box-sizing: border-box; }
        body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
        header.top { display:flex; gap:1.5rem; align-items:center; padding:.6rem 1.2rem; background:#17324f; color:#fff; flex-wrap:wrap; }
        header.top a { color:#fff; text-decoration:none; }
        .brand { font-weight:700; letter-spacing:.02em; }
        nav { display:flex; gap:.9rem; flex-wrap:wrap; }
        nav a.on { border-bottom:2px solid #fff; }
        main { max-width:1200px; margin:0 auto; padding:1rem 1.2rem 3rem; }
        h1 { font-size:1.5rem; margin:.4rem 0 .8rem; }
        h2 { font-size:1.1rem; margin:1.4rem 0 .5rem; }
        a { color:var(--accent); }
        table { border-collapse:collapse; width:100%; background:#fff; }
        th, td { text-align:left; vertical-align:top; padding:.35rem .5rem; border-bottom:1px solid var(--line); }
        th { font-size:.8rem; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
        .notice { background:#eef3fa; border-left:4px solid var(--accent); padding:.5rem .8rem; color:var(--muted); }
        .error { background:#fdecec; border-left:4px solid #b3261e; padding:.5rem .8rem; }
        .muted { color:var(--muted); }
        .date-range { font-style:italic; }
        .cols { display:grid; grid-template-columns: minmax(0,2fr) minmax(0,1fr); gap:1.2rem; }
        @media (max-width: 900px) { .cols { grid-template-columns: 1fr; } }
        .body { background:#fff; padding:1rem 1.2rem; border:1px solid var(--line); white-space:pre-wrap; font-family: Georgia, "Times New Roman", serif; font-size:16px; line-height:1.6; }
        .body a.cite { font-size:.7em; text-decoration:none; color:#9aa3ad; margin:0 .15em; font-family:system-ui, sans-serif; }
        .body a.cite:hover { color:var(--accent); }
        mark { background:var(--mark); padding:0 .1em; }
        dl.meta { display:grid; grid-template-columns:max-content 1fr; gap:.2rem 1rem; background:#fff; padding:.6rem 1rem; border:1px solid var(--line); }
        dl.meta dt { color:var(--muted); }
        dl.meta dd { margin:0; }
        .panel { background:#fff; border:1px solid var(--line); padding:.6rem .9rem; margin-bottom:1rem; }
        .panel h2 { margin-top:.2rem; }
        .panel ul { padding-left:1.1rem; margin:.3rem 0; }
        .side-by-side { display:grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap:.8rem; }
        .side-by-side article { background:#fff; border:1px solid var(--line); padding:.6rem .8rem; }
        .side-by-side h3 { font-size:.95rem; margin:.1rem 0 .4rem; overflow-wrap:anywhere; }
        .side-by-side blockquote { margin:.4rem 0; padding-left:.6rem; border-left:3px solid var(--line); font-family: Georgia, "Times New Roman", serif; }
        .side-by-side article.this blockquote { border-left-color: var(--mark); }
        td { overflow-wrap:anywhere; }
        form.inline { display:flex; gap:.5rem; flex-wrap:wrap; align-items:center; margin:.5rem 0 1rem; }
        input[type=text], input[type=url], input[type=search], input[type=password], textarea { font:inherit; padding:.35rem .5rem; border:1px solid #b8c0cc; border-radius:3px; }
        textarea { width:100%; min-height:12rem; }
        button { font:inherit; padding:.35rem .9rem; background:var(--accent); color:#fff; border:0; border-radius:3px; cursor:pointer; }
        fieldset { background:#fff; border:1px solid var(--line); margin:0 0 1rem; padding:.8rem 1rem; }
        .pager { margin:.8rem 0; display:flex; gap:1rem; }
        svg.chart { width:100%; height:auto; background:#fff; border:1px solid var(--line); }
        svg.chart text { font:11px system-ui, sans-serif; fill:var(--muted); }
        svg.chart .grid { stroke:#eef0f3; }
        svg.chart .axis { stroke:#b8c0cc; }
        svg.chart .exact { fill:var(--accent); }
        svg.chart .month { fill:#7fa7d6; stroke:var(--accent); }
        svg.chart .range { stroke:#7fa7d6; stroke-width:4; stroke-dasharray:6 3; }
        svg.chart .range-end { stroke:var(--accent); stroke-width:2; }
        svg.chart a:hover .exact, svg.chart a:hover .month { fill:#e0a100; }
        svg.chart .q1 { fill:#8cc084; } svg.chart .q2 { fill:#3f8f3a; } svg.chart .q3 { fill:#f0a35e; } svg.chart .q4 { fill:#c2412d; } svg.chart .q0 { fill:#b8c0cc; }
        svg.chart .goldstein { fill:none; stroke:#17324f; stroke-width:1.5; }
        svg.chart .goldstein-dot { fill:#17324f; }
        .legend { display:flex; gap:1.2rem; flex-wrap:wrap; color:var(--muted); font-size:.85rem; margin:.3rem 0 1rem; }
        .legend i { display:inline-block; width:14px; height:10px; margin-right:.3rem; vertical-align:middle; background:#b8c0cc; }
        .legend i.exact { border-radius:50%; background:#1f5fa8; width:10px; }
        .legend i.month { background:#7fa7d6; border:1px solid #1f5fa8; }
        .legend i.range { height:4px; background:repeating-linear-gradient(90deg,#7fa7d6 0 6px,transparent 6px 9px); }
        .legend i.q1 { background:#8cc084; } .legend i.q2 { background:#3f8f3a; } .legend i.q3 { background:#f0a35e; } .legend i.q4 { background:#c2412d; }
        ol.entries { list-style:none; padding:0; }
        ol.entries > li { background:#fff; border:1px solid var(--line); padding:.5rem .8rem; margin-bottom:.5rem; }
        ol.entries .when { font-weight:600; margin-right:.6rem; }
        ol.entries .when.month, ol.entries .when.range { font-style:italic; }
        ol.entries ul.sources { margin:.3rem 0; padding-left:1.1rem; font-size:.92rem; }
        .badge { display:inline-block; font-size:.75rem; padding:0 .45rem; border-radius:9px; background:#e6ebf2; color:var(--ink); margin-left:.3rem; }
        .badge.disputed { background:#fde2c8; } .badge.denied { background:#f7d0cc; } .badge.confirmed, .badge.signed { background:#d3ecd0; }
        .two-cols { display:grid; grid-template-columns:1fr 1fr; gap:1rem; }
        @media (max-width: 900px) { .two-cols { grid-template-columns:1fr; } }
        .two-cols > div { background:#fff; border:1px solid var(--line); padding:.5rem .8rem; }
        .two-cols ul, section.claim ul { padding-left:1.1rem; margin:.3rem 0; }
        section.claim, section.agreement { margin-bottom:1.6rem; }
        ol.states { list-style:none; display:flex; flex-wrap:wrap; gap:0; padding:0; margin:.5rem 0; }
        ol.states > li { position:relative; flex:1 1 150px; background:#fff; border:1px solid var(--line); border-top:4px solid var(--accent); padding:.4rem .6rem; margin:0 .4rem .4rem 0; }
        ol.states > li.undated { border-top-color:#b8c0cc; }
        ol.states .state { font-weight:600; display:block; }
        .excerpt { background:#fff; padding:.6rem .8rem; border:1px solid var(--line); font-family: Georgia, "Times New Roman", serif; line-height:1.6; }
        form.decision { display:flex; gap:.5rem; flex-wrap:wrap; align-items:center; margin:.3rem 0; }
        button.danger { background:#b3261e; }
        """;
}

namespace GaiEval.Reporting.Html;

/// <summary>The page's only stylesheet, inline: readable on screen, compact on A4 paper.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --go: #1a7f37; --nogo: #cf222e; --more: #9a6700; }
        [hidden] { display: none !important; }
        body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif; color: var(--ink);
          margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem; line-height: 1.6; font-size: 15px; }
        h1 { font-size: 1.6rem; margin: .5rem 0 0; } h2 { border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.2rem; }
        h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; } .sub, .note { color: var(--muted); }
        nav ol { display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; padding-left: 1.2rem; margin: .5rem 0; }
        nav ol.toc { list-style: none; padding-left: 0; }
        table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .9rem; }
        div.scroll { overflow-x: auto; max-width: 100%; }
        th, td { border: 1px solid var(--line); padding: .25rem .5rem; vertical-align: top; text-align: left; }
        th { background: #f6f8fa; } tbody th, td.tag { white-space: nowrap; } table.wide { width: 100%; } th.basis { width: 35%; } td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .badge { display: inline-block; padding: .05rem .6rem; border-radius: .3rem; color: #fff; font-weight: bold; }
        .go { background: var(--go); } .nogo { background: var(--nogo); } .more { background: var(--more); } .ref { background: var(--muted); }
        .references { border: 1px dashed var(--line); border-radius: .4rem; padding: .2rem 1rem .6rem; margin: 1.4rem 0 .8rem; background: #f6f8fa; }
        .verdict { border: 1px solid var(--line); border-radius: .4rem; padding: .6rem 1rem; margin: .8rem 0; }
        .verdict h3 { margin-top: 0; } .warn { border-left: 5px solid var(--nogo); background: #fff1f0; padding: .5rem 1rem; }
        .ok { color: var(--go); font-weight: bold; } .ng { color: var(--nogo); font-weight: bold; } .na { color: var(--muted); }
        figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; } figcaption { color: var(--muted); font-size: .9rem; }
        svg text { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif; }
        #filters { display: flex; flex-wrap: wrap; gap: .5rem 1.2rem; align-items: center; background: #f6f8fa; padding: .5rem 1rem;
          position: sticky; top: 0; border: 1px solid var(--line); }
        article.item { border-top: 1px solid var(--line); padding: .4rem 0 .8rem; }
        article.item h3 { font-size: 1rem; } dl.item { display: grid; grid-template-columns: 8rem 1fr; margin: 0 0 .4rem; }
        dl.item dt { color: var(--muted); } dl.item dd { margin: 0; white-space: pre-wrap; }
        table.answers { width: 100%; table-layout: fixed; } .answer { white-space: pre-wrap; overflow-wrap: anywhere; }
        ul.reasons { margin: .3rem 0 0; padding-left: 1.2rem; font-size: .85rem; color: var(--muted); }
        dl.facts { display: grid; grid-template-columns: 14rem 1fr; } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; } nav, #filters { display: none !important; }
          div.scroll { overflow: visible; } h2 { break-after: avoid; } table, figure, .verdict, article.item { break-inside: avoid; }
          .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; } a { color: inherit; text-decoration: none; }
          @page { size: A4; margin: 15mm; }
        }
        """;

    /// <summary>
    /// Added to report.html when its items have companion pages, and to those pages: the browser lays out only the cards
    /// near the screen, so hundreds of cards open quickly (printing lays out all of them).
    /// </summary>
    public const string ManyCardsCss = """
        article.item { content-visibility: auto; contain-intrinsic-size: auto 30rem; }
        @media print { article.item { content-visibility: visible; } }
        """;
}

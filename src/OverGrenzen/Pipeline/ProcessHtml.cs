using System.Text;
using AngleSharp.Html.Parser;
using OverGrenzen.PostProcessing;
using OverGrenzen.Rendering;

namespace OverGrenzen.Pipeline;

/// <summary>
/// Stage 4: parse a rendered page with AngleSharp and run the HTML handlers over it.
/// Only <c>&lt;main&gt;</c> is parsed per page: the frame around it (head, menu, footer) is the theme's,
/// made from pages that exist, and the same on every page, so its ids and links are read once, from the
/// first page, and checked with everything else.
/// </summary>
public sealed class ProcessHtml
{
    private const string MainStart = "<main";
    private const string MainEnd = "</main>";

    // A parser carries a browsing context that is costly to create: one per thread, reused.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    private readonly Lazy<PageOutline> _frame;
    private RenderedPage? _first;

    public ProcessHtml() => _frame = new Lazy<PageOutline>(() => FrameOf(_first!), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The ids and links of the page frame (read from the first page processed).</summary>
    public PageOutline Frame => _frame.Value;

    public ProcessedPage Process(RenderedPage page)
    {
        Interlocked.CompareExchange(ref _first, page, null);
        var frame = Frame;

        var html = page.Html;
        var start = html.IndexOf(MainStart, StringComparison.Ordinal);
        var end = html.LastIndexOf(MainEnd, StringComparison.Ordinal) + MainEnd.Length;
        var document = Parser.Value!.ParseDocument(string.Concat("<!DOCTYPE html><html><body>", html.AsSpan(start, end - start), "</body></html>"));

        var links = new LinkCollector();
        IHtmlHandler[] handlers = [new HeadingAnchors(frame.Ids), new TableOfContents(), new ScrollableTables(), links];
        foreach (var handler in handlers)
            handler.Process(document);

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(frame.Ids).ToHashSet(StringComparer.Ordinal);
        var main = document.QuerySelector("main")!.OuterHtml;
        var output = Encoding.UTF8.GetBytes(string.Concat(html.AsSpan(0, start), main, html.AsSpan(end)));
        return new ProcessedPage(new PageOutline(page.Url, page.OutputPath, page.SourcePath, ids, links.Links), output);
    }

    private static PageOutline FrameOf(RenderedPage page)
    {
        var document = Parser.Value!.ParseDocument(page.Html);
        document.QuerySelector("main")?.Remove();
        var links = new LinkCollector();
        links.Process(document);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        return new PageOutline(page.Url, page.OutputPath, "theme (the frame around every page)", ids, links.Links);
    }
}

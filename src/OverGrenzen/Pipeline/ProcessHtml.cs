using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using OverGrenzen.PostProcessing;
using OverGrenzen.Rendering;

namespace OverGrenzen.Pipeline;

/// <summary>
/// Stage 4: parse a rendered page with AngleSharp and run the HTML handlers over it.
/// Only <c>&lt;main&gt;</c> is parsed per page: the frame around it (head, menu, footer) is the theme's,
/// made from pages that exist, and mostly the same on every page, so its ids and links are read once, from
/// the first page, and checked with everything else. The frame's links that differ per page (breadcrumbs,
/// a variant's links) are found with a light scan of every page and checked as that page's own.
/// </summary>
public sealed partial class ProcessHtml
{
    private const string MainStart = "<main";
    private const string MainEnd = "</main>";

    // A parser carries a browsing context that is costly to create: one per thread, reused.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    private readonly Lazy<PageOutline> _frame;
    private readonly Lazy<HashSet<string>> _sharedFrameLinks;
    private readonly TermTips _termTips;
    private RenderedPage? _first;

    /// <param name="termTips">The short definitions glossary links show in place (<see cref="Rendering.GlossarySummaries"/>); none by default.</param>
    public ProcessHtml(IReadOnlyDictionary<string, TermTip>? termTips = null)
    {
        _termTips = new TermTips(termTips ?? new Dictionary<string, TermTip>());
        _frame = new Lazy<PageOutline>(() => FrameOf(_first!), LazyThreadSafetyMode.ExecutionAndPublication);
        _sharedFrameLinks = new Lazy<HashSet<string>>(() => Frame.Links.Select(l => l.Target).ToHashSet(StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
    }

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
        IHtmlHandler[] handlers = [new HeadingAnchors(frame.Ids), new TableOfContents(), new ScrollableTables(), _termTips, links];
        foreach (var handler in handlers)
            handler.Process(document);

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(frame.Ids).ToHashSet(StringComparer.Ordinal);
        var main = document.QuerySelector("main")!.OuterHtml;
        var output = Encoding.UTF8.GetBytes(string.Concat(html.AsSpan(0, start), main, html.AsSpan(end)));
        var ownFrameLinks = FrameLinks(html.AsSpan(0, start).ToString()).Concat(FrameLinks(html[end..]))
            .Where(l => !_sharedFrameLinks.Value.Contains(l.Target));
        return new ProcessedPage(new PageOutline(page.Url, page.OutputPath, page.SourcePath, ids, [.. links.Links, .. ownFrameLinks]), output);
    }

    /// <summary>The href and src values in the theme's own markup outside main (Razor always quotes them with ").</summary>
    private static IEnumerable<PageLink> FrameLinks(string html) =>
        AttributeLink().Matches(html).Select(m => new PageLink(WebUtility.HtmlDecode(m.Groups[1].Value), 0));

    [GeneratedRegex("\\s(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex AttributeLink();

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

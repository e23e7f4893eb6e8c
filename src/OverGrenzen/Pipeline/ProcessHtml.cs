using System.Buffers;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Html;
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

    // The processed page is put together in one reused buffer per thread and encoded once: a page is ~20,000
    // characters, and building it from fresh strings allocated (and collected) several copies of each page.
    private static readonly ThreadLocal<StringWriter> Output = new(() => new StringWriter(new StringBuilder(64 * 1024)));

    private readonly Lazy<PageOutline> _frame;
    private readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> _sharedFrameLinks;
    private readonly TermTips _termTips;
    private RenderedPage? _first;

    /// <param name="termTips">The short definitions glossary links show in place (<see cref="Rendering.GlossarySummaries"/>); none by default.</param>
    public ProcessHtml(IReadOnlyDictionary<string, TermTip>? termTips = null)
    {
        _termTips = new TermTips(termTips ?? new Dictionary<string, TermTip>());
        _frame = new Lazy<PageOutline>(() => FrameOf(_first!), LazyThreadSafetyMode.ExecutionAndPublication);
        _sharedFrameLinks = new(() => Frame.Links.Select(l => l.Target).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            LazyThreadSafetyMode.ExecutionAndPublication);
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

        var output = Output.Value!;
        output.GetStringBuilder().Clear().Append(html.AsSpan(0, start));
        document.QuerySelector("main")!.ToHtml(output, HtmlMarkupFormatter.Instance);
        output.GetStringBuilder().Append(html.AsSpan(end));

        var pageLinks = new List<PageLink>(links.Links);
        AddOwnFrameLinks(html.AsSpan(0, start), pageLinks);
        AddOwnFrameLinks(html.AsSpan(end), pageLinks);
        return new ProcessedPage(new PageOutline(page.Url, page.OutputPath, page.SourcePath, ids, pageLinks), Utf8(output.GetStringBuilder()));
    }

    /// <summary>
    /// The href and src values in the theme's own markup outside main (Razor always quotes them with ") that are not
    /// the frame's shared links: those are checked once, with the frame.
    /// </summary>
    private void AddOwnFrameLinks(ReadOnlySpan<char> html, List<PageLink> links)
    {
        var shared = _sharedFrameLinks.Value;
        foreach (var match in AttributeLink().EnumerateMatches(html))
        {
            var attribute = html.Slice(match.Index, match.Length);
            var value = attribute[(attribute.IndexOf('"') + 1)..^1];
            var target = value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : null;
            if (!shared.Contains(target ?? value))
                links.Add(new PageLink(target ?? value.ToString(), 0));
        }
    }

    [GeneratedRegex("\\s(?:href|src)=\"[^\"]*\"")]
    private static partial Regex AttributeLink();

    /// <summary>The UTF-8 of <paramref name="text"/> in an array of exactly its size (one encoder over all chunks, so no character is split).</summary>
    private static byte[] Utf8(StringBuilder text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var encoder = Encoding.UTF8.GetEncoder();
            var written = 0;
            foreach (var chunk in text.GetChunks())
                written += encoder.GetBytes(chunk.Span, buffer.AsSpan(written), flush: false);
            written += encoder.GetBytes([], buffer.AsSpan(written), flush: true);
            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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

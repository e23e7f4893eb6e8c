using AngleSharp.Html.Parser;
using OverGrenzen.PostProcessing;
using OverGrenzen.Rendering;

namespace OverGrenzen.Pipeline;

/// <summary>Stage 4: parse each rendered page once with AngleSharp and run the HTML handlers over it.</summary>
public sealed class ProcessHtml
{
    public IReadOnlyList<ProcessedPage> Run(IReadOnlyList<RenderedPage> pages) =>
        pages.AsParallel().AsOrdered().Select(Process).ToArray();

    private static ProcessedPage Process(RenderedPage page)
    {
        var document = new HtmlParser().ParseDocument(page.Html);
        var links = new LinkCollector();
        IHtmlHandler[] handlers = [new HeadingAnchors(), new TableOfContents(), new ScrollableTables(), links];
        foreach (var handler in handlers)
            handler.Process(document);

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var html = "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n";
        return new ProcessedPage(page.Url, page.OutputPath, html, page.SourcePath, ids, links.Links);
    }
}

using System.Text;
using AngleSharp.Html.Parser;
using OverGrenzen.PostProcessing;
using OverGrenzen.Rendering;

namespace OverGrenzen.Pipeline;

/// <summary>Stage 4: parse a rendered page once with AngleSharp and run the HTML handlers over it.</summary>
public static class ProcessHtml
{
    private static readonly HtmlParserOptions Options = new();

    public static ProcessedPage Process(RenderedPage page)
    {
        var document = new HtmlParser(Options).ParseDocument(page.Html);
        var links = new LinkCollector();
        IHtmlHandler[] handlers = [new HeadingAnchors(), new TableOfContents(), new ScrollableTables(), links];
        foreach (var handler in handlers)
            handler.Process(document);

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n");
        return new ProcessedPage(new PageOutline(page.Url, page.OutputPath, page.SourcePath, ids, links.Links), html);
    }
}

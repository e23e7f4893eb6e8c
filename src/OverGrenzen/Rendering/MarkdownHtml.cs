using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using OverGrenzen.Markdown;
using OverGrenzen.Markdown.Citations;
using OverGrenzen.Markdown.CrossReferences;
using OverGrenzen.Model;

namespace OverGrenzen.Rendering;

/// <summary>
/// Renders Markdown to HTML with the site's own link and citation renderers bound to this build's
/// site. Thread-safe: every call gets its own Markdig renderer.
/// </summary>
public sealed class MarkdownHtml(Site site)
{
    private readonly SiteCrossReferenceResolver _resolver = new(site);

    public SiteCrossReferenceResolver Resolver => _resolver;

    /// <summary>Renders a parsed document. <paramref name="firstLine"/> is the file line of the text's first line.</summary>
    public string Render(MarkdownDocument document, int firstLine, bool implicitParagraph = false)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { ImplicitParagraph = implicitParagraph };
        SiteMarkdown.Pipeline.Setup(renderer);

        var fallback = renderer.ObjectRenderers.FindExact<LinkInlineRenderer>()!;
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new SiteLinkRenderer(_resolver, fallback) { FirstLine = firstLine });
        renderer.ObjectRenderers.Add(new CitationHtmlRenderer(site.SourceFor, site.Urls.BibliographyEntry));

        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    public string Render(MarkdownText text, bool inline) =>
        Render(SiteMarkdown.Parse(text.Source), text.Location.Line, inline);
}

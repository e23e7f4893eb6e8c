using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace OverGrenzen.Markdown.CrossReferences;

/// <summary>
/// Renders links: resolves cross-references to URLs (an empty link text takes the target's title),
/// and writes the Markdown line into <c>data-src-line</c> so that the link checker can report a broken
/// link at its source line. The post-processor strips that attribute before the page is written.
/// </summary>
public sealed class SiteLinkRenderer(ICrossReferenceResolver resolver, LinkInlineRenderer fallback) : HtmlObjectRenderer<LinkInline>
{
    /// <summary>Added to Markdig's 0-based line: the file line where this Markdown text starts.</summary>
    public int FirstLine { get; set; } = 1;

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage || !renderer.EnableHtmlForInline)
        {
            fallback.Write(renderer, link);
            return;
        }

        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        string? targetTitle = null;
        string? term = null;
        if (CrossReference.TryParse(url, resolver.Schemes, out var reference))
        {
            // Validation has already reported unknown targets; render them inert rather than crash.
            var resolved = resolver.Resolve(reference);
            url = resolved is null ? "#" : resolved.Url + (reference.Fragment is null ? "" : "#" + reference.Fragment);
            targetTitle = resolved?.Title;
            if (resolved is not null && reference.Scheme == CrossReference.Term)
                term = reference.Id;
        }
        else if (!LinkSafety.IsSafe(url, resolver.Schemes))
        {
            url = "#";
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write('"');
        if (!string.IsNullOrEmpty(link.Title))
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        // A glossary link gets its short definition in place during post-processing (PostProcessing.TermTips).
        if (term is not null)
            renderer.Write(" data-term=\"").WriteEscape(term).Write('"');
        renderer.Write(" data-src-line=\"").Write((FirstLine + link.Line).ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\">");
        if (link.FirstChild is null)
            renderer.WriteEscape(targetTitle ?? url);
        else
            renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}

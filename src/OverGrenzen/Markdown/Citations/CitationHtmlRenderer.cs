using Markdig.Renderers;
using Markdig.Renderers.Html;
using OverGrenzen.Model.Reference;

namespace OverGrenzen.Markdown.Citations;

/// <summary>Writes "(Bartelink et al., 2022; Rutz &amp; Van Bochove, 2021)" with each part linked to its entry.</summary>
public sealed class CitationHtmlRenderer(Func<string, Source?> lookup, Func<string, string> entryUrl) : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        renderer.Write("<span class=\"citation\">(");
        for (var i = 0; i < citation.Keys.Count; i++)
        {
            if (i > 0)
                renderer.Write("; ");
            var key = citation.Keys[i];
            var source = lookup(key);
            renderer.Write("<a href=\"").WriteEscapeUrl(entryUrl(key)).Write("\">");
            renderer.WriteEscape(source?.ShortCitation ?? key);
            renderer.Write("</a>");
        }
        renderer.Write(")</span>");
    }
}

using Microsoft.AspNetCore.Components;
using OverGrenzen.Model;
using OverGrenzen.Theme.Services;

namespace OverGrenzen.Rendering;

/// <summary>The engine's side of <see cref="IMarkdownFormatter"/>: what the theme calls to show Markdown from YAML.</summary>
public sealed class MarkdownFormatter(MarkdownHtml markdown) : IMarkdownFormatter
{
    public MarkupString Blocks(MarkdownText? text) =>
        text is null || text.IsEmpty ? default : new MarkupString(markdown.Render(text, inline: false));

    public MarkupString Inline(MarkdownText? text)
    {
        if (text is null || text.IsEmpty)
            return default;
        var document = Markdown.SiteMarkdown.Parse(text.Source);
        // Only a single paragraph can lose its <p>; anything longer keeps its blocks.
        var single = document.Count == 1 && document[0] is Markdig.Syntax.ParagraphBlock;
        return new MarkupString(markdown.Render(document, text.Location.Line, implicitParagraph: single));
    }

    public (string Url, string Title)? Resolve(string reference) =>
        markdown.Resolver.Resolve(reference) is { } link ? (link.Url, link.Title) : null;
}

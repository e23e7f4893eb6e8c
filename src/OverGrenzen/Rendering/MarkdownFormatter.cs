using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using OverGrenzen.Model;
using OverGrenzen.Model.Pages;
using OverGrenzen.Theme.Services;

namespace OverGrenzen.Rendering;

/// <summary>The engine's side of <see cref="IMarkdownFormatter"/>: what the theme calls to show Markdown from YAML.</summary>
/// <param name="bodies">The body of every page, by URL (a workbook shows its steps' text).</param>
public sealed partial class MarkdownFormatter(MarkdownHtml markdown, IReadOnlyDictionary<string, Loading.PageBody>? bodies = null) : IMarkdownFormatter
{
    public MarkupString Blocks(MarkdownText? text, int headingShift = 0) =>
        text is null || text.IsEmpty ? default : new MarkupString(Shifted(markdown.Render(text, inline: false), headingShift));

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

    public MarkupString BodyOf(Page page, int headingShift) =>
        bodies is not null && bodies.TryGetValue(page.Url, out var body)
            ? new MarkupString(Shifted(markdown.Render(body.Parse(), firstLine: 1), headingShift))
            : default;

    /// <summary>Text shown inside another page's section: its h2 sits under that section's heading, so every heading moves down.</summary>
    private static string Shifted(string html, int levels) =>
        levels == 0 ? html : HeadingTag().Replace(html, m => $"<{m.Groups[1].Value}h{Math.Min(6, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + levels)}");

    [GeneratedRegex("<(/?)h([1-5])(?=[ >])")]
    private static partial Regex HeadingTag();
}

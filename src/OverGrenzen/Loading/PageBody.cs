using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using OverGrenzen.Markdown;

namespace OverGrenzen.Loading;

/// <summary>
/// A page's Markdown body, kept as its file's text and parsed again each time a stage reads it (validation, render).
/// A parsed body takes about six times the memory of its text; holding every page's syntax tree from load to render
/// made the garbage collector copy them as they aged, which cost more than parsing twice (see the README's benchmark).
/// The whole file is parsed and its front matter removed, so positions are file lines, as the loader saw them.
/// </summary>
public sealed record PageBody(string FileText)
{
    /// <summary>The body of a page made by the engine (a tag page): no text.</summary>
    public static PageBody Empty { get; } = new("");

    public MarkdownDocument Parse()
    {
        var document = SiteMarkdown.Parse(FileText);
        if (document.Count > 0 && document[0] is YamlFrontMatterBlock frontMatter)
            document.Remove(frontMatter);
        return document;
    }
}

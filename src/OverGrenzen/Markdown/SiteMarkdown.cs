using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using OverGrenzen.Markdown.Citations;

namespace OverGrenzen.Markdown;

/// <summary>
/// The one Markdig pipeline of the site. Markdig pipelines are immutable and thread-safe, so it is
/// built once and shared by every page and every thread.
/// </summary>
public static class SiteMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseTaskLists()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseCustomContainers()   // ::: verantwoording … ::: (MarkdownBoxes lists the allowed names)
        .Use<CitationExtension>()
        .UsePreciseSourceLocation()
        .Build();

    public static Markdig.Syntax.MarkdownDocument Parse(string text) => Markdig.Markdown.Parse(text, Pipeline);
}

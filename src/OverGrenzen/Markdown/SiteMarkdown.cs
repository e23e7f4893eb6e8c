using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Yaml;
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

    /// <summary>
    /// The front matter block of a file as <see cref="Pipeline"/> reads it, without parsing the body: only the YAML
    /// parser and paragraphs run, and no inline parser. The block is the same either way — the YAML parser opens it
    /// on the first line and it ends at its own closing line — and the loader needs nothing else.
    /// </summary>
    public static YamlFrontMatterBlock? FrontMatterOf(string text) =>
        Markdig.Markdown.Parse(text, FrontMatterPipeline) is [YamlFrontMatterBlock frontMatter, ..] ? frontMatter : null;

    private static MarkdownPipeline FrontMatterPipeline { get; } = BuildFrontMatterPipeline();

    private static MarkdownPipeline BuildFrontMatterPipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.Clear();
        builder.BlockParsers.AddRange([new YamlFrontMatterParser(), new Markdig.Parsers.ParagraphBlockParser()]);
        builder.InlineParsers.Clear();
        return builder.Build();
    }
}

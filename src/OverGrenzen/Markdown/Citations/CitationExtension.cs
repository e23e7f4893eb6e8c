using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace OverGrenzen.Markdown.Citations;

/// <summary>Adds <c>[@key]</c> citations. Rendering needs the bibliography, see <see cref="CitationHtmlRenderer"/>.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the link parser: "[@" would otherwise start a link that never closes properly.
        if (!pipeline.InlineParsers.Contains<CitationParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // The renderer is added per render call, bound to the site's bibliography (see MarkdownRenderer).
    }
}

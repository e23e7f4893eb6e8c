using Markdig.Syntax.Inlines;

namespace OverGrenzen.Markdown.Citations;

/// <summary>A citation such as <c>[@bartelink2022a]</c> or <c>[@a; @b]</c>.</summary>
public sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<string> Keys { get; init; }
}

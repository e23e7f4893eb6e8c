namespace OverGrenzen.Model.Framework;

/// <summary>A named variant of a factor, shown with its own anchor.</summary>
public sealed record FactorKind : ILocated
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required MarkdownText Text { get; init; }
    public SourceLocation Location { get; init; }
}

namespace OverGrenzen.Model.Studies;

/// <summary>A study's form of collaboration and why.</summary>
public sealed record FormPlacement : ILocated
{
    public required string Id { get; init; }
    public required MarkdownText Rationale { get; init; }
    public SourceLocation Location { get; init; }
}

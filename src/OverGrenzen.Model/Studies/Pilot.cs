namespace OverGrenzen.Model.Studies;

/// <summary>A part of a study that sits at its own place on the continuum.</summary>
public sealed record Pilot : ILocated
{
    public required string Name { get; init; }
    public required string Form { get; init; }
    public required MarkdownText Rationale { get; init; }
    public SourceLocation Location { get; init; }
}

namespace OverGrenzen.Model.Exercises;

/// <summary>A bin in a classification question, e.g. "De muzikant".</summary>
public sealed record ClassifyCategory : ILocated
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public SourceLocation Location { get; init; }
}

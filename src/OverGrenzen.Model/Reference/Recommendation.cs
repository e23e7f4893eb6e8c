namespace OverGrenzen.Model.Reference;

/// <summary>A recommendation or lesson for one audience, linked to the factors it concerns.</summary>
public sealed record Recommendation : ILocated
{
    public required string Id { get; init; }
    public required RecommendationAudience Audience { get; init; }
    public required string Title { get; init; }
    public required MarkdownText Text { get; init; }
    public IReadOnlyList<string> Factors { get; init; } = [];
    public string? Source { get; init; }
    public SourceLocation Location { get; init; }
}

public enum RecommendationAudience
{
    Praktijk,
    Beleid,
    Onderzoek,
    Onderwijs,
}

namespace OverGrenzen.Model.Studies;

/// <summary>What a study found about one factor: whether it helped or hindered, in one sentence.</summary>
public sealed record Finding : ILocated
{
    public required string Category { get; init; }
    public required string Factor { get; init; }
    public required Effect Effect { get; init; }
    public required MarkdownText Text { get; init; }
    public SourceLocation Location { get; init; }
}

public enum Effect
{
    Bevorderend,
    Belemmerend,
    Beide,
}

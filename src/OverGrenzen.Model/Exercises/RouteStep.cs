namespace OverGrenzen.Model.Exercises;

/// <summary>One step of a route: a cross-reference, the time it takes and why it is there.</summary>
public sealed record RouteStep : ILocated
{
    /// <summary>A cross-reference such as <c>casus:zorglogistiek</c> or <c>page:kader/vormen</c>.</summary>
    public required string Ref { get; init; }
    public required int Minutes { get; init; }
    public required MarkdownText Note { get; init; }
    public SourceLocation Location { get; init; }
}

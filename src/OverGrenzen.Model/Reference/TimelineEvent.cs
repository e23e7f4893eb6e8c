namespace OverGrenzen.Model.Reference;

/// <summary>A moment in the history of the knowledge network.</summary>
public sealed record TimelineEvent : ILocated
{
    /// <summary>As the source writes it, e.g. "September 2020 – heden".</summary>
    public required string When { get; init; }

    /// <summary>yyyy or yyyy-mm, for ordering.</summary>
    public required string Sort { get; init; }

    public required string Title { get; init; }
    public MarkdownText? Text { get; init; }
    public string? Source { get; init; }
    public SourceLocation Location { get; init; }
}

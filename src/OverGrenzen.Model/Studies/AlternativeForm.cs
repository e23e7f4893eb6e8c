namespace OverGrenzen.Model.Studies;

/// <summary>Another source's classification of a study, shown beside the report's.</summary>
public sealed record AlternativeForm : ILocated
{
    public required string Id { get; init; }

    /// <summary>Bibliography key of the source that classifies it so.</summary>
    public required string Source { get; init; }

    /// <summary>Where in that source it says so, e.g. "§3.5" or "dia 'Onze onderzoeken getypeerd'" (optional).</summary>
    public string? Where { get; init; }

    public required MarkdownText Note { get; init; }

    public SourceLocation Location { get; init; }
}

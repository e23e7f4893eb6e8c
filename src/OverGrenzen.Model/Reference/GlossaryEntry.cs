namespace OverGrenzen.Model.Reference;

/// <summary>A glossary entry on <c>/begrippen/</c>, linked as <c>begrip:id</c>.</summary>
public sealed record GlossaryEntry : ILocated
{
    public required string Id { get; init; }
    public required string Term { get; init; }
    public required MarkdownText Definition { get; init; }
    public string? Source { get; init; }

    /// <summary>
    /// The definition is general explanation that none of the sources gives (shown as "Algemene
    /// uitleg" instead of a source). What a source does say is then cited inline with <c>[@key]</c>.
    /// </summary>
    public bool General { get; init; }
    public SourceLocation Location { get; init; }
}

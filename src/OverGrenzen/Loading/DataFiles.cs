using OverGrenzen.Model.Reference;

namespace OverGrenzen.Loading;

/// <summary>The records read from <c>content/data/</c>.</summary>
public sealed record DataFiles(
    IReadOnlyList<Source> Sources,
    IReadOnlyList<GlossaryEntry> Glossary,
    IReadOnlyList<TimelineEvent> Timeline,
    IReadOnlyList<Recommendation> Recommendations)
{
    /// <summary>Which source file each record came from, for diagnostics.</summary>
    public required IReadOnlyDictionary<object, string> Files { get; init; }
}

namespace OverGrenzen.PostProcessing;

/// <summary>
/// What the site-wide link check needs to know of a written page: where it is, where it came from,
/// the ids it defines and the links it makes. Small, so that every page's outline fits in memory.
/// </summary>
public sealed record PageOutline(
    string Url,
    string OutputPath,
    string SourcePath,
    IReadOnlySet<string> Ids,
    IReadOnlyList<PageLink> Links);

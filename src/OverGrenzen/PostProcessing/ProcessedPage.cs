namespace OverGrenzen.PostProcessing;

/// <summary>A page after post-processing: final HTML, the ids it defines and the links it makes.</summary>
public sealed record ProcessedPage(
    string Url,
    string OutputPath,
    string Html,
    string SourcePath,
    IReadOnlySet<string> Ids,
    IReadOnlyList<PageLink> Links);

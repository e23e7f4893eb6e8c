namespace OverGrenzen.PostProcessing;

/// <summary>A link or resource reference found in a page, with the Markdown line it came from when known.</summary>
public sealed record PageLink(string Target, int SourceLine);

namespace OverGrenzen.Rendering;

/// <summary>One HTML file of the output: where it goes, its markup, and the content file it came from.</summary>
public sealed record RenderedPage(string Url, string OutputPath, string Html, string SourcePath);

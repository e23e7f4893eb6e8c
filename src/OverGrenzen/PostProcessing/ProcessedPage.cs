namespace OverGrenzen.PostProcessing;

/// <summary>A page after post-processing: its final HTML (UTF-8) and its outline for the link check.</summary>
public sealed record ProcessedPage(PageOutline Outline, byte[] Html);

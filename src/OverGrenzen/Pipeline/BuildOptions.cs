namespace OverGrenzen.Pipeline;

/// <summary>What a build reads and writes.</summary>
public sealed record BuildOptions
{
    public required string ContentRoot { get; init; }
    public required string OutputRoot { get; init; }

    /// <summary>The theme's assets folder; by default found beside the content folder.</summary>
    public string? ThemeAssetsRoot { get; init; }

    public bool Search { get; init; } = true;

    /// <summary>The folder of source documents for the copy guard (<c>--sources</c>); null: not checked.</summary>
    public string? SourcesRoot { get; init; }

    /// <summary>The public address, for sitemap.xml.</summary>
    public string BaseUrl { get; init; } = "https://overgrenzen.netlify.app";
}

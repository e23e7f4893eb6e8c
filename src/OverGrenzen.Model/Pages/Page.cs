namespace OverGrenzen.Model.Pages;

/// <summary>One page of the site: where it came from, where it goes, and its typed data.</summary>
public sealed record Page
{
    /// <summary>The file name without extension (or the folder name for an index page).</summary>
    public required string Id { get; init; }

    /// <summary>Path of the source file relative to the content folder, with forward slashes.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The clean URL, always starting and ending with a slash (<c>/kader/vormen/</c>).</summary>
    public required string Url { get; init; }

    public required PageData Data { get; init; }

    public string Title => Data.Title;

    public string Description => Data.Description;

    /// <summary>The URL segments, e.g. <c>["kader", "vormen"]</c>; empty for the start page.</summary>
    public IReadOnlyList<string> Segments =>
        Url.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);

    public bool IsHome => Url == "/";
}

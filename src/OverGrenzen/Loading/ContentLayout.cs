namespace OverGrenzen.Loading;

/// <summary>Where things live inside the content folder, and how a file path becomes a URL.</summary>
public static class ContentLayout
{
    /// <summary>YAML data files live here; everything else that ends in .md is a page.</summary>
    public const string DataFolder = "data";

    /// <summary>Bibliography files: every .yml file in this folder.</summary>
    public const string SourcesFolder = "data/bronnen";

    public const string GlossaryFile = "data/begrippen.yml";
    public const string TimelineFile = "data/tijdlijn.yml";
    public const string RecommendationsFile = "data/aanbevelingen.yml";

    /// <summary>Files larger than this are refused: they are a mistake, not content.</summary>
    public const long MaxFileBytes = 2 * 1024 * 1024;

    /// <summary><c>a/b.md</c> → <c>/a/b/</c>; <c>a/index.md</c> → <c>/a/</c>; <c>index.md</c> → <c>/</c>.</summary>
    public static string UrlFor(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        var withoutExtension = path[..^Path.GetExtension(path).Length];
        if (withoutExtension == "index")
            return "/";
        if (withoutExtension.EndsWith("/index", StringComparison.Ordinal))
            withoutExtension = withoutExtension[..^"/index".Length];
        return "/" + withoutExtension + "/";
    }

    /// <summary>The id of the page: its last URL segment, or <c>index</c> for the start page.</summary>
    public static string IdFor(string url)
    {
        var trimmed = url.Trim('/');
        return trimmed.Length == 0 ? "index" : trimmed[(trimmed.LastIndexOf('/') + 1)..];
    }
}

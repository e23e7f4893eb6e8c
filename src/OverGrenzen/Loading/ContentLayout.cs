namespace OverGrenzen.Loading;

/// <summary>Where things live inside the content folder, (URLs: <see cref="OverGrenzen.Model.Urls.SiteUrls"/>).</summary>
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
}

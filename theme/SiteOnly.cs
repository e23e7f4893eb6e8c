namespace OverGrenzen.Theme;

/// <summary>
/// Marks markup that means something only on the website: the site's header, footer and breadcrumbs, its offline
/// use and web app manifest, links to lecturer and classroom pages. A SCORM package for an LMS drops every marked
/// element (the LMS has its own navigation, and those pages are not in the package). Components put it on with
/// <c>@attributes="SiteOnly.Marker"</c>.
/// </summary>
public static class SiteOnly
{
    public const string Attribute = "data-site-only";

    public const string Selector = "[" + Attribute + "]";

    public static readonly IReadOnlyDictionary<string, object> Marker = new Dictionary<string, object> { [Attribute] = true };
}

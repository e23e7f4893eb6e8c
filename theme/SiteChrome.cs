using OverGrenzen.Model;
using OverGrenzen.Model.Pages;

namespace OverGrenzen.Theme;

/// <summary>Site-wide data computed once per build: the navigation and the fingerprinted asset URLs.</summary>
public sealed class SiteChrome(Site site, IReadOnlyDictionary<string, string> assets)
{
    public string SiteTitle => "Over grenzen";

    /// <summary>Top-level sections in navigation order: home first, then by weight and title.</summary>
    public IReadOnlyList<Page> Sections { get; } = site.Pages
        .Where(p => p.Segments.Count == 1 && p.Data is PlainPage { Nav: true })
        .OrderBy(p => p.Data.Weight)
        .ThenBy(p => p.Title, StringComparer.CurrentCultureIgnoreCase)
        .ToArray();

    /// <summary>The URL of a theme asset by its path under <c>theme/assets/</c>, e.g. <c>css/site.css</c>.</summary>
    public string Asset(string path) =>
        assets.TryGetValue(path, out var url) ? url : throw new KeyNotFoundException($"Theme asset '{path}' does not exist.");

    /// <summary>The pages from the start page down to the parent of <paramref name="page"/>.</summary>
    public IReadOnlyList<Page> Ancestors(Page page)
    {
        var result = new List<Page>();
        if (page.IsHome)
            return result;
        if (site.PageAt("/") is { } home)
            result.Add(home);
        var segments = page.Segments;
        for (var i = 1; i < segments.Count; i++)
            if (site.PageAt("/" + string.Join('/', segments.Take(i)) + "/") is { } ancestor)
                result.Add(ancestor);
        return result;
    }

    /// <summary>The section a page belongs to, for marking the current navigation item.</summary>
    public Page? SectionOf(Page page) =>
        page.IsHome ? null : Sections.FirstOrDefault(s => s.Segments[0] == page.Segments[0]);
}

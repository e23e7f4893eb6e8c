using OverGrenzen.Model;
using OverGrenzen.Model.Pages;

namespace OverGrenzen.Theme;

/// <summary>The page that lists every page (the one with <c>layout: sitemap</c>), found by its layout rather than its URL.</summary>
public static class SiteMapPage
{
    public static Page? For(Site site) =>
        site.Pages.FirstOrDefault(p => p.Data is PlainPage { Layout: LayoutNames.SiteMap });
}

using OverGrenzen.Markdown.CrossReferences;
using OverGrenzen.Model;
using OverGrenzen.Theme;

namespace OverGrenzen.Output.Offline;

/// <summary>
/// The URLs of every leerroute's offline set, from the model: the route page, each step's target (resolved
/// like the route page resolves it), the search page and Mijn antwoorden; plus the search files with the
/// fragments of exactly those pages. Nothing is scraped from the HTML.
/// </summary>
public static class OfflineRoutes
{
    public static IReadOnlyList<OfflineRoute> Of(Site site, PagefindFiles search, IReadOnlySet<string> builtUrls)
    {
        var resolver = new SiteCrossReferenceResolver(site);
        var alongTheWay = new[] { site.Urls.ForLayout(LayoutNames.Search), site.Urls.ForLayout(LayoutNames.MyAnswers) };
        return site.Routes
            .Select(route =>
            {
                var steps = route.Data.Steps
                    .Select(step => resolver.Resolve(step.Ref)?.Url is { } url ? WithoutFragment(url) : null);
                var pages = new[] { route.Url }.Concat(steps).Concat(alongTheWay)
                    .OfType<string>()
                    .Where(builtUrls.Contains)
                    .Distinct(StringComparer.Ordinal)
                    .ToArray();
                var files = search.Shared.Count == 0 ? [] : search.Shared.Concat(pages.Select(search.FragmentOf).OfType<string>()).ToArray();
                return new OfflineRoute(route.Url, route.Title, pages, files);
            })
            .ToArray();
    }

    private static string WithoutFragment(string url) => url.IndexOf('#') is var hash and >= 0 ? url[..hash] : url;
}

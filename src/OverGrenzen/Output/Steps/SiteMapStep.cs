using OverGrenzen.Model.Urls;

namespace OverGrenzen.Output.Steps;

/// <summary><c>sitemap.xml</c> (every clean URL) and <c>robots.txt</c>.</summary>
public sealed class SiteMapStep : OutputStep
{
    public override string Name => "sitemap";

    public override Task<IReadOnlyList<OutputFile>> RunAsync(OutputContext context) =>
        Task.FromResult<IReadOnlyList<OutputFile>>(
        [
            // The offline page is what the service worker shows without a connection, not a page to find.
            SiteMap.Xml(context.Options.BaseUrl, context.Pages.Where(p => p.Url.EndsWith('/') && p.Url != SiteUrls.OfflinePage).Select(p => p.Url)),
            SiteMap.Robots(context.Options.BaseUrl),
        ]);
}

using System.Text;
using System.Text.Json;
using OverGrenzen.Model.Urls;
using OverGrenzen.Output.Offline;
using OverGrenzen.Theme;

namespace OverGrenzen.Output.Steps;

/// <summary>
/// Offline use: <c>/service-worker.js</c>, <c>/offline.json</c> (shell, routes, file hashes) and
/// <c>/manifest.webmanifest</c>. Runs after the pages and the search index are in the staging folder,
/// because the cache version is a hash of everything the build wrote.
/// </summary>
public sealed class OfflineStep : OutputStep
{
    /// <summary>The worker's code in the theme; the build puts this build's settings above it.</summary>
    public const string WorkerTemplate = "worker/service-worker.js";

    public override string Name => "offline";

    public override OutputPhase Phase => OutputPhase.AfterLinkCheck;

    public override bool Skippable => true;

    public override string SkipDescription => "Skip the service worker and the web app manifest (the site then has no offline use).";

    public override IReadOnlyList<string> LaterPaths => [SiteUrls.ServiceWorker, SiteUrls.OfflineManifest, SiteUrls.WebManifest];

    public override Task<IReadOnlyList<OutputFile>> RunAsync(OutputContext context)
    {
        var root = context.StagingRoot;
        var assetUrls = context.Assets.Urls;
        var webManifest = WebAppManifest.Bytes(new SiteChrome(context.Content.Site, assetUrls).SiteTitle, assetUrls);
        Write(root, SiteUrls.WebManifest, webManifest);

        var files = BuiltFiles.In(root);
        var template = File.ReadAllText(Path.Combine(context.ThemeRoot, WorkerTemplate));
        var version = CacheVersion.Of(files, template);
        var built = files.Select(f => f.Url).ToHashSet(StringComparer.Ordinal);

        var shell = new[] { SiteUrls.Home, SiteUrls.OfflinePage, SiteUrls.WebManifest }
            .Concat(context.Assets.Files.Select(a => a.Url))
            .Where(built.Contains)
            .ToArray();
        var routes = OfflineRoutes.Of(context.Content.Site, PagefindFiles.In(root, files), built);
        var manifest = new OfflineManifest(version, CacheVersion.CacheName(version), shell, routes, files);
        Write(root, SiteUrls.OfflineManifest, manifest.ToJson());
        Write(root, SiteUrls.ServiceWorker, WorkerScript(template, manifest));
        context.Log.WriteLine($"    offline: version {version}, {shell.Length} shell files, {routes.Count} routes");
        return Task.FromResult<IReadOnlyList<OutputFile>>([]);
    }

    private static byte[] WorkerScript(string template, OfflineManifest manifest)
    {
        var settings = JsonSerializer.Serialize(new
        {
            version = manifest.Version,
            cache = manifest.Cache,
            prefix = CacheVersion.Prefix,
            manifest = SiteUrls.OfflineManifest,
            offlinePage = SiteUrls.OfflinePage,
        });
        return Encoding.UTF8.GetBytes($"const OFFLINE = {settings};\n\n{template}");
    }

    private static void Write(string root, string url, byte[] content) =>
        File.WriteAllBytes(Path.Combine(root, SiteUrls.OutputPathFor(url)), content);
}

using System.Text;
using System.Text.RegularExpressions;
using OverGrenzen.Model.Urls;
using OverGrenzen.Rendering;

namespace OverGrenzen.Scorm;

/// <summary>
/// Makes the zip of one <see cref="PackagePlan"/> from the finished pages of a build: the packaged pages, the
/// styles and scripts they load (scripts with every module they import), the manifest and its schemas.
/// </summary>
public sealed partial class ScormPackager(string siteRoot, ThemeAssets assets)
{
    private readonly Dictionary<string, byte[]> _assets = assets.Files.ToDictionary(a => a.Url, a => a.Content, StringComparer.Ordinal);
    private readonly string _siteScript = Script(assets, "js/site.js");
    private readonly string _packageScript = Script(assets, "js/package.js");

    public byte[] Zip(PackagePlan plan)
    {
        var pageFiles = plan.Items.ToDictionary(i => i.PageUrl, i => i.FileName, StringComparer.Ordinal);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var needed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in plan.Items)
        {
            var html = File.ReadAllText(Path.Combine(siteRoot, SiteUrls.OutputPathFor(item.PageUrl)));
            var (packaged, files) = PackagedPage.Package(html, item, pageFiles, _siteScript, _packageScript);
            entries[item.FileName] = Encoding.UTF8.GetBytes(packaged);
            needed.UnionWith(files);
        }

        foreach (var url in WithImports(needed))
            entries[url.TrimStart('/')] = Relative(url, Read(url));
        entries[ScormManifest.FileName] = ScormManifest.Xml(plan, entries.Keys.Where(k => k.StartsWith("assets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray());
        foreach (var schema in ScormSchemas.PackagedFiles)
            entries[schema] = ScormSchemas.Read(schema);
        return DeterministicZip.Create(entries);
    }

    private static string Script(ThemeAssets assets, string logicalPath) =>
        assets.Urls.TryGetValue(logicalPath, out var url) ? url
        : throw new InvalidOperationException($"The theme has no assets/{logicalPath}, which the SCORM packages load.");

    /// <summary>The files and, for scripts, every module they import (directly or not).</summary>
    private IEnumerable<string> WithImports(IEnumerable<string> urls)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(urls);
        while (queue.TryDequeue(out var url))
        {
            if (!seen.Add(url) || !url.EndsWith(".js", StringComparison.Ordinal))
                continue;
            foreach (Match import in ImportedUrl().Matches(Encoding.UTF8.GetString(Read(url))))
                queue.Enqueue(import.Groups["url"].Value);
        }
        return seen;
    }

    private byte[] Read(string url) =>
        _assets.TryGetValue(url, out var content) ? content : File.ReadAllBytes(Path.Combine(siteRoot, url.TrimStart('/')));

    /// <summary>The theme rewrites imports to absolute URLs; inside a package they must be relative.</summary>
    private static byte[] Relative(string url, byte[] content)
    {
        if (url.EndsWith(".js", StringComparison.Ordinal))
            return Encoding.UTF8.GetBytes(ImportedUrl().Replace(Encoding.UTF8.GetString(content), m =>
                m.Value.Replace(m.Groups["url"].Value, RelativeTo(url, m.Groups["url"].Value), StringComparison.Ordinal)));
        if (url.EndsWith(".css", StringComparison.Ordinal))
            return Encoding.UTF8.GetBytes(CssUrl().Replace(Encoding.UTF8.GetString(content), m => "url(" + RelativeTo(url, m.Groups["url"].Value) + ")"));
        return content;
    }

    private static string RelativeTo(string from, string to)
    {
        var relative = Path.GetRelativePath(Path.GetDirectoryName(from)!, to).Replace('\\', '/');
        return relative.StartsWith('.') ? relative : "./" + relative;
    }

    [GeneratedRegex("""(?:\bimport\s*\(?|\bfrom)\s*["'](?<url>/[^"']+\.js)["']""")]
    private static partial Regex ImportedUrl();

    [GeneratedRegex("""url\(\s*["']?(?<url>/[^"')]+)["']?\s*\)""")]
    private static partial Regex CssUrl();
}

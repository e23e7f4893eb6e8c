using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace OverGrenzen.Tests.Site;

/// <summary>
/// The page-weight budget: the HTML, CSS and JavaScript a page downloads before any search, gzipped,
/// stays under 60 KB on every page. A route's workbook is a whole route in one document, made to be printed
/// (28–50 A4 pages): it has its own budget of 100 KB. (A size budget, not a timing: it is safe to assert.)
/// Only the modules a page loads count: site.js loads a feature's module only on pages with its markup.
/// </summary>
[Collection(RealContentCollection.Name)]
public partial class PageWeightTests(RealContentTests.BuiltSite built, ITestOutputHelper output)
{
    public const int BudgetBytes = 60 * 1024;
    public const int WorkbookBudgetBytes = 100 * 1024;

    [Fact]
    public void No_page_downloads_more_than_60_KB_of_html_css_and_js()
    {
        var siteScript = SiteScript();
        var onDemand = OnDemandModules(siteScript);
        var parser = new HtmlParser();
        var weights = new List<(string Page, long Bytes)>();
        var withBanner = new List<(string Page, long Bytes)>();
        foreach (var file in RealContentTests.Pages(built.Output))
        {
            var html = File.ReadAllText(file);
            var document = parser.ParseDocument(html);
            var page = Path.GetRelativePath(built.Output, file);
            weights.Add((page, Weight(html, document, siteScript, onDemand)));
            // A step of the assignment a student opened also loads the banner (early.js adds this class).
            document.DocumentElement.ClassList.Add("has-assignment-banner");
            withBanner.Add((page, Weight(html, document, siteScript, onDemand)));
        }

        var sorted = weights.OrderBy(w => w.Bytes).ToArray();
        var bannerMax = withBanner.MaxBy(w => w.Bytes);
        output.WriteLine($"Pages: {sorted.Length}; median {sorted[sorted.Length / 2].Bytes / 1024.0:0.0} KB; max {sorted[^1].Bytes / 1024.0:0.0} KB ({sorted[^1].Page}); "
            + $"max as a step of an opened assignment {bannerMax.Bytes / 1024.0:0.0} KB.");
        var workbooks = WorkbookFiles();
        Assert.NotEmpty(workbooks);
        Assert.All(withBanner, w => Assert.True(
            w.Bytes <= (workbooks.Contains(w.Page.Replace('\\', '/')) ? WorkbookBudgetBytes : BudgetBytes), $"{w.Page}: {w.Bytes / 1024.0:0.0} KB"));
    }

    /// <summary>
    /// The page and its styles and scripts, gzipped. A script brings what it imports statically (directly or
    /// not); a module site.js loads on demand counts only when the page has that feature's markup.
    /// </summary>
    private long Weight(string html, IDocument document, string siteScript, IReadOnlyList<(string Selector, string Module)> onDemand)
    {
        var assets = AssetPattern().Matches(html).Select(m => m.Groups[1].Value).Where(u => u.EndsWith(".css") || u.EndsWith(".js")).ToHashSet();
        var scripts = new Queue<string>(assets.Where(a => a.EndsWith(".js")));
        while (scripts.TryDequeue(out var script))
        {
            var imports = StaticImport().Matches(File.ReadAllText(AssetFile(script))).Select(m => m.Groups["url"].Value);
            if (script == siteScript)
                imports = imports.Concat(onDemand.Where(f => document.QuerySelector(f.Selector) is not null).Select(f => f.Module));
            foreach (var import in imports.ToArray())
                if (assets.Add(import))
                    scripts.Enqueue(import);
        }
        return Gzipped(Encoding.UTF8.GetBytes(html)) + assets.Sum(a => Gzipped(File.ReadAllBytes(AssetFile(a))));
    }

    /// <summary>site.js's list of features loaded on demand: selector → module (the one source of both).</summary>
    private IReadOnlyList<(string Selector, string Module)> OnDemandModules(string siteScript)
    {
        var site = File.ReadAllText(AssetFile(siteScript));
        var features = OnDemandPattern().Matches(site).Select(m => (m.Groups["selector"].Value, m.Groups["url"].Value)).ToArray();
        Assert.True(features.Length >= 5, "site.js's onDemand list was not found");
        // A dynamic import outside the list would go uncounted.
        Assert.Equal(Regex.Count(site, @"\bimport\("), features.Length);
        return features;
    }

    private string SiteScript() =>
        "/" + Path.GetRelativePath(built.Output, Assert.Single(Directory.GetFiles(Path.Combine(built.Output, "assets", "js"), "site.*.js"))).Replace('\\', '/');

    private string AssetFile(string url) => Path.Combine(built.Output, url.TrimStart('/'));

    // The workbooks' files, from the variants that make them (not from a URL pattern).
    private HashSet<string> WorkbookFiles() => built.Result.Snapshot!.Content.Site.Pages
        .Where(page => page.Data is OverGrenzen.Model.Exercises.Route)
        .SelectMany(route => new[] { global::OverGrenzen.Theme.SiteKinds.Workbook.Url(route), global::OverGrenzen.Theme.SiteKinds.LecturerWorkbook.Url(route) })
        .Select(OverGrenzen.Model.Urls.SiteUrls.OutputPathFor)
        .ToHashSet(StringComparer.Ordinal);

    private static long Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(bytes);
        return buffer.Length;
    }

    [GeneratedRegex("""(?:href|src)="(/assets/[^"]+)"(?![^>]*media="print")""")]
    private static partial Regex AssetPattern();

    [GeneratedRegex(@"\bfrom\s*""(?<url>/assets/[^""]+\.js)""")]
    private static partial Regex StaticImport();

    // One line of site.js's list: onDemand("selector", () => import("/assets/js/x.hash.js"), "initX").
    [GeneratedRegex("""onDemand\(\s*"(?<selector>[^"]+)"\s*,\s*\(\)\s*=>\s*import\(\s*"(?<url>/assets/[^"]+\.js)"\s*\)""")]
    private static partial Regex OnDemandPattern();
}

using System.IO.Compression;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace OverGrenzen.Tests.Site;

/// <summary>
/// The page-weight budget: the HTML, CSS and JavaScript a page downloads before any search, gzipped,
/// stays under 60 KB on every page. A route's workbook is a whole route in one document, made to be printed
/// (28–50 A4 pages): it has its own budget of 100 KB. (A size budget, not a timing: it is safe to assert.)
/// </summary>
[Collection(RealContentCollection.Name)]
public partial class PageWeightTests(RealContentTests.BuiltSite built, ITestOutputHelper output)
{
    public const int BudgetBytes = 60 * 1024;
    public const int WorkbookBudgetBytes = 100 * 1024;

    [Fact]
    public void No_page_downloads_more_than_60_KB_of_html_css_and_js()
    {
        var weights = new List<(string Page, long Bytes)>();
        foreach (var file in RealContentTests.Pages(built.Output))
        {
            var html = File.ReadAllText(file);
            var assets = AssetPattern().Matches(html).Select(m => m.Groups[1].Value).Where(u => u.EndsWith(".css") || u.EndsWith(".js")).ToHashSet();
            // site.js imports the other modules statically, so the browser fetches all of them.
            foreach (var script in assets.Where(a => a.EndsWith(".js")).ToArray())
                foreach (Match import in ImportPattern().Matches(File.ReadAllText(Path.Combine(built.Output, script.TrimStart('/')))))
                    assets.Add(import.Groups[1].Value);
            var total = Gzipped(File.ReadAllBytes(file)) + assets.Sum(a => Gzipped(File.ReadAllBytes(Path.Combine(built.Output, a.TrimStart('/')))));
            weights.Add((Path.GetRelativePath(built.Output, file), total));
        }

        var sorted = weights.OrderBy(w => w.Bytes).ToArray();
        output.WriteLine($"Pages: {sorted.Length}; median {sorted[sorted.Length / 2].Bytes / 1024.0:0.0} KB; max {sorted[^1].Bytes / 1024.0:0.0} KB ({sorted[^1].Page}).");
        var workbooks = WorkbookFiles();
        Assert.NotEmpty(workbooks);
        Assert.All(weights, w => Assert.True(
            w.Bytes <= (workbooks.Contains(w.Page.Replace('\\', '/')) ? WorkbookBudgetBytes : BudgetBytes), $"{w.Page}: {w.Bytes / 1024.0:0.0} KB"));
    }

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

    [GeneratedRegex("""from\s*"(/assets/[^"]+\.js)"|import\s*\(\s*"(/assets/[^"]+\.js)"\)""")]
    private static partial Regex ImportPattern();
}

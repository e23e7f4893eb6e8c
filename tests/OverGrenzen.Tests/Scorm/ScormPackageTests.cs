using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using OverGrenzen.Scorm;
using OverGrenzen.Tests.Site;
using Xunit.Abstractions;

namespace OverGrenzen.Tests.Scorm;

/// <summary>The SCORM 1.2 packages of the real content: valid manifests, self-contained pages, the same bytes every build.</summary>
[Collection(RealContentCollection.Name)]
public partial class ScormPackageTests(RealContentTests.BuiltSite site, ITestOutputHelper output)
{
    private static readonly XNamespace Cp = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";

    private IReadOnlyList<string> Packages =>
        Directory.EnumerateFiles(Path.Combine(site.Output, "downloads", "scorm"), "*.zip").Order(StringComparer.Ordinal).ToArray();

    private static Dictionary<string, byte[]> Entries(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }, StringComparer.Ordinal);
    }

    [Fact]
    public void Every_leerroute_and_casus_has_a_package_named_after_it()
    {
        var names = Packages.Select(Path.GetFileName).ToArray();
        Assert.Equal(3, names.Count(n => n!.StartsWith("leerroute-", StringComparison.Ordinal)));
        Assert.Equal(14, names.Count(n => n!.StartsWith("casus-", StringComparison.Ordinal)));
        Assert.Contains("leerroute-pabo.zip", names);
        Assert.Contains("casus-rondom-milan.zip", names);
    }

    [Fact]
    public void Every_lecturer_page_offers_its_package_with_import_steps_for_three_lms()
    {
        var parser = new HtmlParser();
        var lecturerPages = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "docent").ToArray();
        Assert.Equal(17, lecturerPages.Length);
        foreach (var file in lecturerPages)
        {
            var section = parser.ParseDocument(File.ReadAllText(file)).QuerySelector("section.scorm-download");
            Assert.NotNull(section);
            Assert.Equal("Download voor de elektronische leeromgeving (SCORM 1.2)", section.QuerySelector("h2")!.TextContent);
            var href = section.QuerySelector("a[href$='.zip']")!.GetAttribute("href")!;
            Assert.True(File.Exists(Path.Combine(site.Output, href.TrimStart('/'))), $"{file}: {href} does not exist");
            Assert.Equal(["Brightspace", "Moodle", "Canvas"], section.QuerySelectorAll("dt").Select(d => d.TextContent));
        }
    }

    [Fact]
    public void Every_manifest_validates_with_xmllint_against_the_scorm_12_schemas()
    {
        var problems = new List<string>();
        foreach (var package in Packages)
        {
            var folder = Directory.CreateTempSubdirectory("og-scorm-xsd-").FullName;
            try
            {
                var entries = Entries(package);
                Assert.All(ScormSchemas.PackagedFiles, schema => Assert.True(entries.ContainsKey(schema), $"{Path.GetFileName(package)} lacks {schema}"));
                foreach (var name in ScormSchemas.PackagedFiles.Append(ScormManifest.FileName))
                    File.WriteAllBytes(Path.Combine(folder, name), entries[name]);
                File.WriteAllBytes(Path.Combine(folder, ScormSchemas.EntryPoint), ScormSchemas.Read(ScormSchemas.EntryPoint));
                var (exit, text) = Run("xmllint", "--noout", "--schema", ScormSchemas.EntryPoint, ScormManifest.FileName, folder);
                if (exit != 0 || !text.Contains("imsmanifest.xml validates", StringComparison.Ordinal))
                    problems.Add($"{Path.GetFileName(package)}: {text}");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void A_route_package_has_an_item_per_step_each_casus_a_sco_with_a_mastery_score()
    {
        var manifest = XDocument.Parse(Encoding.UTF8.GetString(Entries(Packages.Single(p => p.EndsWith("leerroute-pabo.zip", StringComparison.Ordinal)))[ScormManifest.FileName]));
        var organization = Assert.Single(manifest.Descendants(Cp + "organization"));
        var items = organization.Elements(Cp + "item").ToArray();
        Assert.Equal(10, items.Length); // the route's own page and its nine steps
        var resources = manifest.Descendants(Cp + "resource").ToDictionary(r => (string)r.Attribute("identifier")!);
        var scos = items.Where(i => (string)resources[(string)i.Attribute("identifierref")!].Attribute(XName.Get("scormtype", "http://www.adlnet.org/xsd/adlcp_rootv1p2"))! == "sco").ToArray();
        Assert.Equal(5, scos.Length);
        Assert.All(scos, sco => Assert.Equal("70", sco.Element(XName.Get("masteryscore", "http://www.adlnet.org/xsd/adlcp_rootv1p2"))?.Value));
    }

    [Fact]
    public void Every_link_in_every_package_resolves_inside_it_and_nothing_leaves_it()
    {
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var package in Packages)
        {
            var entries = Entries(package);
            var name = Path.GetFileName(package);
            var manifest = XDocument.Parse(Encoding.UTF8.GetString(entries[ScormManifest.FileName]));
            foreach (var href in manifest.Descendants(Cp + "file").Select(f => (string)f.Attribute("href")!).Concat(manifest.Descendants(Cp + "resource").Select(r => (string?)r.Attribute("href")).OfType<string>()))
                if (!entries.ContainsKey(href)) problems.Add($"{name}: the manifest lists {href}, which is not in the zip");

            foreach (var (path, content) in entries.Where(e => e.Key.EndsWith(".html", StringComparison.Ordinal)))
            {
                var document = parser.ParseDocument(Encoding.UTF8.GetString(content));
                foreach (var element in document.QuerySelectorAll("[href], [src], [srcset], [action], [poster], [data]"))
                    foreach (var attribute in new[] { "href", "src", "srcset", "action", "poster", "data" })
                    {
                        var value = element.GetAttribute(attribute);
                        if (value is null || value.Length == 0) continue;
                        var target = value.Split('#')[0];
                        var fragment = value.Contains('#') ? value[(value.IndexOf('#') + 1)..] : null;
                        if (target.Contains(':') || target.StartsWith('/'))
                            problems.Add($"{name}/{path}: {attribute}=\"{value}\" is not relative");
                        else if (target.Length > 0 && !entries.ContainsKey(target))
                            problems.Add($"{name}/{path}: {attribute}=\"{value}\" is not in the package");
                        else if (fragment is { Length: > 0 })
                        {
                            var page = target.Length == 0 ? document : parser.ParseDocument(Encoding.UTF8.GetString(entries[target]));
                            if (page.GetElementById(fragment) is null)
                                problems.Add($"{name}/{path}: {value} points at no element");
                        }
                    }
            }
            foreach (var (path, content) in entries.Where(e => e.Key.EndsWith(".js", StringComparison.Ordinal)))
                foreach (Match import in ImportSpecifier().Matches(Encoding.UTF8.GetString(content)))
                {
                    var target = Path.GetFullPath(Path.Combine("/", Path.GetDirectoryName(path)!, import.Groups["url"].Value)).TrimStart('/');
                    if (!import.Groups["url"].Value.StartsWith('.') || !entries.ContainsKey(target))
                        problems.Add($"{name}/{path}: imports {import.Groups["url"].Value}, which is not in the package");
                }
            foreach (var (path, content) in entries.Where(e => e.Key.EndsWith(".html", StringComparison.Ordinal) || e.Key.EndsWith(".js", StringComparison.Ordinal) || e.Key.EndsWith(".css", StringComparison.Ordinal)))
                if (Encoding.UTF8.GetString(content) is var text && (text.Contains("https://", StringComparison.Ordinal) || text.Contains("http://", StringComparison.Ordinal)) && ExternalUrl().IsMatch(text))
                    problems.Add($"{name}/{path}: names an address outside the package: {ExternalUrl().Match(text).Value}");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
    }

    [Fact]
    public void Packaged_pages_keep_nothing_that_only_the_website_uses()
    {
        // The site's pages mark what serves only the website (SiteOnly); the site itself must have such parts,
        // or this test would pass with the marker gone.
        var home = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        Assert.Contains(OverGrenzen.Theme.SiteOnly.Attribute, home);
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var package in Packages)
            foreach (var (path, content) in Entries(package).Where(e => e.Key.EndsWith(".html", StringComparison.Ordinal)))
            {
                var document = parser.ParseDocument(Encoding.UTF8.GetString(content));
                foreach (var selector in new[] { OverGrenzen.Theme.SiteOnly.Selector, "header.site-header", "footer.site-footer", "nav.breadcrumbs", "link[rel=manifest]", "[data-offline-route]" })
                    if (document.QuerySelector(selector) is not null)
                        problems.Add($"{Path.GetFileName(package)}/{path}: {selector}");
            }
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
    }

    [Fact]
    public void A_package_holds_only_what_its_pages_load()
    {
        var entries = Entries(Packages.Single(p => p.EndsWith("casus-rondom-milan.zip", StringComparison.Ordinal)));
        Assert.DoesNotContain(entries.Keys, k => k.Contains("search", StringComparison.Ordinal) || k.Contains("site.", StringComparison.Ordinal) && k.EndsWith(".js", StringComparison.Ordinal) || k.Contains("pagefind", StringComparison.Ordinal));
        Assert.Single(entries.Keys, k => k.EndsWith(".html", StringComparison.Ordinal));
        var page = Encoding.UTF8.GetString(entries["index.html"]);
        Assert.DoesNotContain("site-header", page, StringComparison.Ordinal);
        Assert.Contains("data-scorm", page, StringComparison.Ordinal);
        Assert.Contains(PackagedPage.StorageNote, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_packages_are_byte_identical_across_builds()
    {
        var second = Path.Combine(Path.GetTempPath(), "og-scorm-again-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var result = await new OverGrenzen.Pipeline.BuildPipeline().BuildAsync(new()
            {
                ContentRoot = Path.Combine(TestSite.RepositoryRoot, "content"),
                OutputRoot = second,
                Search = false,
            });
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            foreach (var package in Packages)
            {
                var again = Path.Combine(second, "downloads", "scorm", Path.GetFileName(package));
                Assert.True(File.ReadAllBytes(package).AsSpan().SequenceEqual(File.ReadAllBytes(again)), $"{Path.GetFileName(package)} differs between two builds");
            }
            foreach (var package in Packages)
                output.WriteLine($"{Path.GetFileName(package)}: {new FileInfo(package).Length / 1024.0:0.0} KiB");
        }
        finally
        {
            if (Directory.Exists(second))
                Directory.Delete(second, recursive: true);
        }
    }

    private static (int Exit, string Output) Run(string file, string a, string b, string c, string d, string folder)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { a, b, c, d })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    [GeneratedRegex("""(?:\bimport\s*\(?|\bfrom)\s*["'](?<url>[^"']+)["']""")]
    private static partial Regex ImportSpecifier();

    [GeneratedRegex("""https?://(?!www\.w3\.org/)[^\s"'<>)]+""")]
    private static partial Regex ExternalUrl();
}

using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using OverGrenzen.Diagnostics;

namespace OverGrenzen.Tests.Pipeline;

public class BuildTests
{
    private const string Site = TestSite.MinimalBibliography + """

        -- index.md --
        ---
        title: Start
        description: De startpagina.
        ---

        Lees [over ons](page:over) en [het stuk](/over/#het-stuk) [@bartelink2022].
        -- over.md --
        ---
        title: Over
        description: Over de site.
        weight: 2
        ---

        ## Het stuk

        Tekst.
        -- casussen.md --
        ---
        title: Casussen
        description: Oefenen.
        weight: 1
        ---
        -- bronnen.md --
        ---
        title: Bronnen
        description: Alle bronnen.
        layout: bronnen
        nav: false
        ---
        """;

    [Fact]
    public async Task Cross_references_and_citations_render_as_links()
    {
        using var site = new TestSite(Site);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var html = site.ReadOutput("index.html");
        Assert.Contains("<a href=\"/over/\">over ons</a>", html);
        Assert.Contains("(<a href=\"/bronnen/#bron-bartelink2022\">Bartelink et al., 2022</a>)", html);
        Assert.DoesNotContain("data-src-line", html);
    }

    [Fact]
    public async Task Navigation_is_ordered_by_weight_then_title_and_hides_nav_false()
    {
        using var site = new TestSite(Site);
        await site.BuildAsync();
        var document = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        var items = document.QuerySelectorAll("#hoofdmenu li a").Select(a => a.TextContent.Trim()).ToArray();
        Assert.Equal(["Casussen", "Over"], items);
    }

    [Fact]
    public async Task Broken_link_is_reported_at_its_markdown_line()
    {
        using var site = new TestSite(Site + "\n-- kapot.md --\n---\ntitle: K\ndescription: K\n---\n\nEen regel.\n\nNaar [niets](/nergens/).\n");
        var result = await site.BuildAsync();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.Output.BrokenLink, "kapot.md", 8), (d.Code, d.File, d.Line));
    }

    [Fact]
    public async Task Broken_anchor_is_reported()
    {
        using var site = new TestSite(Site + "\n-- kapot.md --\n---\ntitle: K\ndescription: K\n---\n\nNaar [niets](/over/#bestaat-niet).\n");
        var result = await site.BuildAsync();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.Output.BrokenAnchor, d.Code);
    }

    [Fact]
    public async Task A_failing_build_leaves_the_previous_output_byte_for_byte()
    {
        using var site = new TestSite(Site);
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Snapshot(site.Output);

        site.Write("-- kapot.md --\n---\ntitle: [\n---\n");
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.DoesNotContain(Directory.GetDirectories(site.Root), d => Path.GetFileName(d).Contains(".tmp-") || d.Contains(".old-"));
    }

    [Fact]
    public async Task Two_builds_of_the_same_content_are_byte_identical()
    {
        using var site = new TestSite(Site);
        await site.BuildAsync();
        var first = Snapshot(site.Output);
        await site.BuildAsync();
        Assert.Equal(first, Snapshot(site.Output));
    }

    [Fact]
    public async Task Sitemap_robots_and_404_are_written()
    {
        using var site = new TestSite(Site);
        await site.BuildAsync();
        Assert.Contains("/over/</loc>", site.ReadOutput("sitemap.xml"));
        Assert.Contains("Sitemap:", site.ReadOutput("robots.txt"));
        Assert.Contains("Deze pagina bestaat niet", site.ReadOutput("404.html"));
    }

    internal static string Snapshot(string folder) =>
        string.Join('\n', Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));
}

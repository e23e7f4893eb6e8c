using OverGrenzen.Pipeline;

namespace OverGrenzen.Tests.Serving;

public class IncrementalRebuildTests
{
    private const string Site = TestSite.MinimalBibliography + """

        -- index.md --
        ---
        title: Start
        description: De start.
        ---

        Naar [over](/over/#doel).
        -- over.md --
        ---
        title: Over
        description: Over de site.
        ---

        ## Doel

        Eerste versie.
        """;

    private static async Task<(TestSite Site, BuildSnapshot Snapshot, RebuildChangedPages Rebuild)> Built()
    {
        var site = new TestSite(Site);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var options = new BuildOptions { ContentRoot = site.Content, OutputRoot = site.Output, ThemeAssetsRoot = TestSite.ThemeAssets, Search = false };
        return (site, result.Snapshot!, new RebuildChangedPages(options));
    }

    [Fact]
    public async Task A_body_edit_rewrites_only_that_page()
    {
        var (site, snapshot, rebuild) = await Built();
        using var _ = site;
        var homeBefore = File.GetLastWriteTimeUtc(Path.Combine(site.Output, "index.html"));
        File.WriteAllText(Path.Combine(site.Content, "over.md"), "---\ntitle: Over\ndescription: Over de site.\n---\n\n## Doel\n\nTweede versie.\n");

        var result = await rebuild.TryRunAsync(snapshot, [Path.Combine(site.Content, "over.md")]);

        Assert.NotNull(result);
        Assert.True(result!.Succeeded);
        Assert.Equal(1, result.PagesWritten);
        Assert.Contains("Tweede versie.", site.ReadOutput("over/index.html"));
        Assert.Equal(homeBefore, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public async Task A_casus_body_edit_also_rewrites_its_classroom_page()
    {
        const string casus = "---\ntype: casus\ntitle: C\ndescription: D\naudience: [pabo]\nduration: 10\nobjectives: [Leren]\nlecturerNotes: Notities.\nquestions:\n"
            + "  - {id: a, kind: open, prompt: Wat?, trains: [\"page:\"], modelAnswer: Dit.}\n"
            + "  - {id: b, kind: open, prompt: En?, trains: [\"page:\"], modelAnswer: Dat.}\n"
            + "  - {id: c, kind: open, prompt: Nu?, trains: [\"page:\"], modelAnswer: Zo.}\n---\n\n";
        using var site = new TestSite(Site);
        File.WriteAllText(Path.Combine(site.Content, "c.md"), casus + "Eerste verhaal.\n");
        var built = await site.BuildAsync();
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        var rebuild = new RebuildChangedPages(new BuildOptions { ContentRoot = site.Content, OutputRoot = site.Output, ThemeAssetsRoot = TestSite.ThemeAssets, Search = false });
        File.WriteAllText(Path.Combine(site.Content, "c.md"), casus + "Tweede verhaal.\n");

        var result = await rebuild.TryRunAsync(built.Snapshot!, [Path.Combine(site.Content, "c.md")]);

        Assert.True(result?.Succeeded, string.Join('\n', result?.Diagnostics ?? []));
        Assert.Equal(2, result!.PagesWritten);
        Assert.Contains("Tweede verhaal.", site.ReadOutput("c/klassikaal/index.html"));
    }

    [Fact]
    public async Task A_body_edit_of_a_route_step_also_rewrites_the_routes_workbooks()
    {
        const string route = "---\ntype: leerroute\ntitle: R\ndescription: D\naudience: [pabo]\nobjectives: [Leren]\nlecturerNotes: Notities.\n"
            + "steps:\n  - {ref: \"page:over\", minutes: 10, note: Lees.}\n  - {ref: \"page:\", minutes: 5, note: Terug.}\n---\n\nDe route.\n";
        using var site = new TestSite(Site);
        File.WriteAllText(Path.Combine(site.Content, "r.md"), route);
        var built = await site.BuildAsync();
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.Contains("Eerste versie.", site.ReadOutput("r/werkboek/index.html"));
        var rebuild = new RebuildChangedPages(new BuildOptions { ContentRoot = site.Content, OutputRoot = site.Output, ThemeAssetsRoot = TestSite.ThemeAssets, Search = false });
        File.WriteAllText(Path.Combine(site.Content, "over.md"), "---\ntitle: Over\ndescription: Over de site.\n---\n\n## Doel\n\nTweede versie.\n");

        var result = await rebuild.TryRunAsync(built.Snapshot!, [Path.Combine(site.Content, "over.md")]);

        Assert.True(result?.Succeeded, string.Join('\n', result?.Diagnostics ?? []));
        Assert.Equal(3, result!.PagesWritten);
        Assert.Contains("Tweede versie.", site.ReadOutput("r/werkboek/index.html"));
        Assert.Contains("Tweede versie.", site.ReadOutput("r/docent/werkboek/index.html"));
        // The step's own h2 moves under the workbook step's h2.
        Assert.Contains("<h3 id=\"doel\"", site.ReadOutput("r/werkboek/index.html"));
    }

    [Fact]
    public async Task A_front_matter_edit_asks_for_a_full_build()
    {
        var (site, snapshot, rebuild) = await Built();
        using var _ = site;
        File.WriteAllText(Path.Combine(site.Content, "over.md"), "---\ntitle: Over ons\ndescription: Over de site.\n---\n\n## Doel\n");
        Assert.Null(await rebuild.TryRunAsync(snapshot, [Path.Combine(site.Content, "over.md")]));
    }

    [Fact]
    public async Task A_body_edit_that_removes_a_linked_heading_is_an_error_and_writes_nothing()
    {
        var (site, snapshot, rebuild) = await Built();
        using var _ = site;
        var before = site.ReadOutput("over/index.html");
        File.WriteAllText(Path.Combine(site.Content, "over.md"), "---\ntitle: Over\ndescription: Over de site.\n---\n\n## Anders\n");

        var result = await rebuild.TryRunAsync(snapshot, [Path.Combine(site.Content, "over.md")]);

        Assert.False(result!.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.Output.BrokenAnchor && d.File == "index.md");
        Assert.Equal(before, site.ReadOutput("over/index.html"));
    }

    [Fact]
    public async Task A_body_edit_that_breaks_a_validation_rule_is_reported_and_the_served_page_stays()
    {
        var (site, snapshot, rebuild) = await Built();
        using var _ = site;
        var before = site.ReadOutput("over/index.html");
        File.WriteAllText(Path.Combine(site.Content, "over.md"), "---\ntitle: Over\ndescription: Over de site.\n---\n\n## Doel\n\nZie [de factor](factor:bestaat-niet).\n");

        var result = await rebuild.TryRunAsync(snapshot, [Path.Combine(site.Content, "over.md")]);

        Assert.False(result!.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Diagnostics.DiagnosticCodes.Content.UnknownReference, "over.md", 8), (error.Code, error.File, error.Line));
        Assert.Equal(before, site.ReadOutput("over/index.html"));
    }
}

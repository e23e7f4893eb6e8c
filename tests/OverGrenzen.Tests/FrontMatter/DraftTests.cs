using OverGrenzen.Diagnostics;

namespace OverGrenzen.Tests.FrontMatter;

/// <summary><c>draft: true</c>: left out of build (which says how many), built by serve with a banner.</summary>
public class DraftTests
{
    private const string Site = TestSite.MinimalBibliography + """

        -- index.md --
        ---
        title: Start
        description: De start.
        ---
        -- nieuw.md --
        ---
        title: Nieuwe les
        description: Nog niet af.
        draft: true
        tags: [concept]
        ---

        Half af.
        """;

    [Fact]
    public async Task A_draft_is_left_out_of_build_and_counted()
    {
        using var site = new TestSite(Site);
        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(1, result.DraftsLeftOut);
        Assert.False(File.Exists(Path.Combine(site.Output, "nieuw", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "tags")), "a draft's tags make no tag pages in build");
        Assert.DoesNotContain("/nieuw/", site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public async Task Serve_builds_a_draft_with_a_visible_banner()
    {
        using var site = new TestSite(Site);
        var result = await site.BuildAsync(site.Options.ForServe());

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(0, result.DraftsLeftOut);
        var html = site.ReadOutput("nieuw/index.html");
        Assert.Contains("class=\"draft-banner\"", html);
        Assert.Contains("Concept — niet gepubliceerd", html);
        Assert.DoesNotContain("draft-banner", site.ReadOutput("index.html"));
    }

    [Fact]
    public async Task A_link_from_a_published_page_to_a_draft_is_an_error_in_build_but_not_in_serve()
    {
        using var site = new TestSite(Site + """

            -- over.md --
            ---
            title: Over
            description: Over de site.
            ---

            Zie [de nieuwe les](page:nieuw).

            Of [hier](/nieuw/).
            """);

        var build = await site.BuildAsync();
        Assert.False(build.Succeeded);
        Assert.Contains(build.Diagnostics, d => d is { Code: DiagnosticCodes.Content.LinkToDraft, File: "over.md", Line: 6 } && d.Message.Contains("nieuw.md"));

        // The plain path link is found by the link check once the cross-reference is fixed.
        site.Write("-- over.md --\n---\ntitle: Over\ndescription: Over de site.\n---\n\nOf [hier](/nieuw/).\n");
        var second = await site.BuildAsync();
        Assert.Contains(second.Diagnostics, d => d is { Code: DiagnosticCodes.Content.LinkToDraft, File: "over.md", Line: 6 });

        Assert.True((await site.BuildAsync(site.Options.ForServe())).Succeeded);
    }

    [Fact]
    public void Draft_must_be_true_or_false()
    {
        using var site = new TestSite(TestSite.MinimalBibliography + "\n-- a.md --\n---\ntitle: A\ndescription: B\ndraft: misschien\n---\n");
        var d = Assert.Single(site.Check(), d => d.Code == DiagnosticCodes.Load.WrongType);
        Assert.Equal(("a.md", 4), (d.File, d.Line));
    }
}

using AngleSharp.Html.Parser;

namespace OverGrenzen.Tests.Rendering;

/// <summary>Where sources disagree: one marked box, and a source without an author cited by its short title.</summary>
public class VerantwoordingBoxTests
{
    private const string Files = TestSite.MinimalBibliography + """

        - key: review
          year: z.d.
          shortTitle: Review samenwerking
          title: Factoren die samenwerking bevorderen of belemmeren (beschrijvende titel)
        -- index.md --
        ---
        title: Start
        description: De start.
        ---

        Gedeelde doelen helpen [@review].

        ::: verantwoording
        ## Verantwoording

        Tabel 3 zegt iets anders dan de tekst [@rapport].
        :::
        -- bronnen.md --
        ---
        title: Bronnen
        description: Alle bronnen.
        layout: bronnen
        nav: false
        ---
        """;

    [Fact]
    public async Task The_verantwoording_box_renders_as_one_marked_block_with_its_heading_in_the_outline()
    {
        using var site = new TestSite(Files);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var main = new HtmlParser().ParseDocument(site.ReadOutput("index.html")).QuerySelector("main")!;
        var box = Assert.Single(main.QuerySelectorAll("div.verantwoording"));
        Assert.Equal("verantwoording", box.QuerySelector("h2")!.Id);
        Assert.Contains("Tabel 3 zegt iets anders", box.TextContent);
        Assert.DoesNotContain("Gedeelde doelen", box.TextContent);
    }

    [Fact]
    public async Task A_source_without_authors_is_cited_by_its_short_title_and_listed_title_first()
    {
        using var site = new TestSite(Files);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        Assert.Contains(">Review samenwerking, z.d.</a>)", site.ReadOutput("index.html"));
        var entry = new HtmlParser().ParseDocument(site.ReadOutput("bronnen/index.html")).GetElementById("bron-review")!;
        Assert.StartsWith("Factoren die samenwerking", entry.TextContent.Trim());
        Assert.DoesNotContain("Auteur onbekend", entry.TextContent);
    }
}

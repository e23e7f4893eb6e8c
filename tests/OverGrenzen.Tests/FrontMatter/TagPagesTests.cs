using AngleSharp.Html.Parser;

namespace OverGrenzen.Tests.FrontMatter;

/// <summary><c>tags:</c> on plain pages: a generated /tags/ index, one page per tag, the tags on the page, a search filter.</summary>
public class TagPagesTests
{
    private const string Site = TestSite.MinimalBibliography + """

        -- index.md --
        ---
        title: Start
        description: De start.
        ---
        -- lessen/samenwerken-in-de-klas.md --
        ---
        title: Samenwerken in de klas
        description: Hoe een leerkracht samenwerkt.
        tags: [PABO, Grenswerk]
        ---
        -- lessen/wijkteam.md --
        ---
        title: Het wijkteam
        description: Wie er in een wijkteam zit.
        weight: -1
        tags:
          - pabo
          - Één gezin, één plan
        ---
        -- over.md --
        ---
        title: Over
        description: Over de site, zonder tags.
        ---
        """;

    [Fact]
    public async Task A_tag_page_lists_the_pages_that_carry_the_tag_by_weight_then_title()
    {
        using var site = new TestSite(Site);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var page = new HtmlParser().ParseDocument(site.ReadOutput("tags/pabo/index.html"));
        Assert.Equal("PABO", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/lessen/wijkteam/", "/lessen/samenwerken-in-de-klas/"],
            page.QuerySelectorAll(".tag-pages a").Select(a => a.GetAttribute("href")));
        // A list of other pages' titles: kept out of the search index.
        Assert.Null(page.QuerySelector("main")!.GetAttribute("data-pagefind-body"));
        Assert.Equal("tag", page.Body!.GetAttribute("data-page-type"));

        var accents = new HtmlParser().ParseDocument(site.ReadOutput("tags/een-gezin-een-plan/index.html"));
        Assert.Equal(["/lessen/wijkteam/"], accents.QuerySelectorAll(".tag-pages a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_tag_index_lists_every_tag_with_its_count_and_links_to_its_page()
    {
        using var site = new TestSite(Site);
        await site.BuildAsync();

        var index = new HtmlParser().ParseDocument(site.ReadOutput("tags/index.html"));
        Assert.Equal(["/tags/een-gezin-een-plan/", "/tags/grenswerk/", "/tags/pabo/"],
            index.QuerySelectorAll(".tag-list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("PABO (2)", index.QuerySelector(".tag-list")!.TextContent.Replace("\n", " ").Replace("  ", " "));
        Assert.Contains("/tags/pabo/", site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public async Task A_page_shows_its_tags_as_links_and_gives_them_to_the_search_filter()
    {
        using var site = new TestSite(Site);
        await site.BuildAsync();

        var page = new HtmlParser().ParseDocument(site.ReadOutput("lessen/samenwerken-in-de-klas/index.html"));
        Assert.Equal(["/tags/pabo/", "/tags/grenswerk/"], page.QuerySelectorAll(".page-tags li a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["tag:PABO", "tag:Grenswerk"],
            page.QuerySelectorAll("[data-pagefind-filter^='tag:']").Select(e => e.GetAttribute("data-pagefind-filter")));

        var untagged = site.ReadOutput("over/index.html");
        Assert.DoesNotContain("page-tags", untagged);
        Assert.DoesNotContain("tag:", untagged);
    }

    [Fact]
    public async Task A_site_without_tags_gets_no_tag_pages()
    {
        using var site = new TestSite(TestSite.MinimalBibliography + "\n-- index.md --\n---\ntitle: Start\ndescription: De start.\n---\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "tags")));
    }
}

using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

/// <summary>Search beyond the first page of results, lecturer pages only on request, titles first, the phone's Filter button.</summary>
[Collection(SiteCollection.Name)]
public class SearchResultsTests(SiteFixture site)
{
    private static async Task<int> TotalAsync(IPage page)
    {
        var status = page.Locator("[data-search-status]");
        await Assertions.Expect(status).ToContainTextAsync("voor ‘");
        var text = await status.TextContentAsync() ?? "";
        return int.Parse(new string(text.TakeWhile(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<string[]> UrlsAsync(IPage page) =>
        page.Locator("[data-search-results] a.card-title").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

    [Fact]
    public async Task Samenwerken_reaches_its_last_result_with_Meer_resultaten()
    {
        var (page, errors) = await site.OpenAsync("/zoeken/?q=samenwerken");
        var total = await TotalAsync(page);
        Assert.True(total > 20, $"only {total} results");
        var more = page.Locator("[data-search-more]");
        var items = page.Locator("[data-search-results] > li");
        while (await more.IsVisibleAsync())
        {
            var before = await items.CountAsync();
            await more.ClickAsync();
            await Assertions.Expect(items).Not.ToHaveCountAsync(before);
            // The first new result takes the focus, so a keyboard user continues where the list grew.
            Assert.Equal(await items.Nth(before).Locator("a").First.GetAttributeAsync("href"), await page.EvaluateAsync<string?>("document.activeElement?.getAttribute('href')"));
        }
        await Assertions.Expect(items).ToHaveCountAsync(total);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_title_that_contains_the_query_ranks_first()
    {
        var (page, errors) = await site.OpenAsync("/zoeken/?q=samenwerken");
        await TotalAsync(page);
        var first = await page.Locator("[data-search-results] a.card-title").First.TextContentAsync();
        Assert.Contains("samenwerken", first, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_lecturer_page_appears_only_with_the_voor_docenten_filter()
    {
        var (page, errors) = await site.OpenAsync("/zoeken/?q=werkvorm");
        var without = await TotalAsync(page);
        Assert.DoesNotContain(await UrlsAsync(page), u => u.Contains("/docent/", StringComparison.Ordinal));

        await page.Locator("#zoekfilter-voor-docenten").CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("docent=ja"));
        await Assertions.Expect(page.Locator("[data-search-results] a[href*='/docent/']").First).ToBeAttachedAsync();
        Assert.True(await TotalAsync(page) > without);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Results_come_first_and_a_phone_opens_the_filters_with_one_button(int width)
    {
        var (page, errors) = await site.OpenAsync("/zoeken/?q=vertrouwen", width);
        await TotalAsync(page);
        var toggle = page.Locator("[data-search-filter-toggle]");
        var filters = page.Locator("[data-search-filters]");
        if (width == 390)
        {
            await Assertions.Expect(filters).ToBeHiddenAsync();
            await toggle.ClickAsync();
            Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        }
        else
            await Assertions.Expect(toggle).ToBeHiddenAsync();
        await Assertions.Expect(filters).ToBeVisibleAsync();
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_site_map_lists_every_page_and_the_footer_links_to_it(int width)
    {
        var (page, errors) = await site.OpenAsync("/sitemap/", width);
        var sitemap = await (await page.APIRequest.GetAsync(site.BaseUrl + "/sitemap.xml")).TextAsync();
        var urls = System.Text.RegularExpressions.Regex.Matches(sitemap, "<loc>([^<]*)</loc>").Select(m => new Uri(m.Groups[1].Value).AbsolutePath).ToArray();
        var listed = (await page.Locator("main .site-map a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).ToHashSet();
        Assert.All(urls.Where(u => u != "/sitemap/"), u => Assert.Contains(u, listed));
        Assert.Equal(1, await page.Locator("footer a[href='/sitemap/']").CountAsync());
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
        Assert.Empty(errors);
    }
}

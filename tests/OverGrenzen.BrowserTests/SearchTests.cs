using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

public class SearchTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private async Task<IReadOnlyList<string>> ResultUrls(IPage page)
    {
        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("voor ‘");
        return await page.Locator("[data-search-results] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }

    [Fact]
    public async Task Searching_vertrouwen_finds_the_factor_page_on_load_from_the_query_string()
    {
        var (page, errors) = await site.OpenAsync("/zoeken/?q=vertrouwen");
        var urls = await ResultUrls(page);
        Assert.Contains(urls, u => u.StartsWith("/kader/factoren/wederzijds-vertrouwen/", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith("/onderzoeken/", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_type_filter_narrows_the_results()
    {
        var (page, errors) = await site.OpenAsync("/zoeken/?q=mandaat");
        var all = await ResultUrls(page);
        var filters = await page.Locator("[data-search-filters]").InnerHTMLAsync();
        Assert.True(await page.Locator("#zoekfilter-casus").CountAsync() == 1, filters);
        await page.Locator("#zoekfilter-casus").CheckAsync(new() { Timeout = 5000 });
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("type=casus"));
        var filtered = await ResultUrls(page);
        Assert.NotEmpty(filtered);
        Assert.All(filtered, u => Assert.StartsWith("/casussen/", u));
        Assert.True(filtered.Count <= all.Count);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Slash_focuses_the_search_box_and_the_keyboard_reaches_a_result()
    {
        var (page, errors) = await site.OpenAsync("/");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("zoekveld", await page.EvaluateAsync<string?>("document.activeElement?.id"));
        await page.Keyboard.TypeAsync("samenwerken");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/zoeken/\\?q=samenwerken"));
        await page.WaitForFunctionAsync("document.documentElement.dataset.ready === 'true'");
        var urls = await ResultUrls(page);
        Assert.NotEmpty(urls);
        Assert.Empty(errors);
    }
}

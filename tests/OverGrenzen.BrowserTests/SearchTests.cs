using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

[Collection(SiteCollection.Name)]
public class SearchTests(SiteFixture site)
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
    public async Task Pagefind_runs_in_the_search_worker_so_loading_the_index_never_blocks_the_page()
    {
        // The page's own resource timeline lists what its main thread fetched; a worker's fetches are in the
        // worker's. Pagefind's script, WebAssembly and index chunks must all be the worker's.
        var (page, errors) = await site.OpenAsync("/zoeken/?q=vertrouwen");
        Assert.NotEmpty(await ResultUrls(page));
        var fetched = await page.EvaluateAsync<string[]>("performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)");
        Assert.Contains(fetched, path => path.StartsWith("/assets/js/search-worker.", StringComparison.Ordinal));
        Assert.DoesNotContain(fetched, path => path.StartsWith("/pagefind/", StringComparison.Ordinal));
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
    public async Task Audience_and_category_filters_come_from_the_link()
    {
        var (page, errors) = await site.OpenAsync("/zoeken/?q=school&doelgroep=pabo");
        var urls = await ResultUrls(page);
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.Matches("^/(casussen|leerroutes)/", u));
        Assert.True(await page.IsCheckedAsync("#zoekfilter-doelgroep-pabo"));

        await page.GotoAsync(site.BaseUrl + "/zoeken/?q=vertrouwen&type=factor&categorie=interpersoonlijk");
        var factors = await ResultUrls(page);
        Assert.Contains(factors, u => u.StartsWith("/kader/factoren/wederzijds-vertrouwen/", StringComparison.Ordinal));
        Assert.All(factors, u => Assert.StartsWith("/kader/factoren/", u));
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
        await SiteFixture.ReadyAsync(page);
        var urls = await ResultUrls(page);
        Assert.NotEmpty(urls);

        // Tab until focus is on a link inside the results (a header link may share a result's href).
        const string FocusedResult = "document.activeElement?.closest('[data-search-results]') ? document.activeElement.getAttribute('href') : null";
        string? focusedHref = null;
        for (var i = 0; i < 200 && focusedHref is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focusedHref = await page.EvaluateAsync<string?>(FocusedResult);
        }
        Assert.True(focusedHref is not null, "The keyboard never reached a search result.");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains(focusedHref!.Split('#')[0], StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.Commit });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Samenwerken_also_finds_pages_that_only_say_samenwerking()
    {
        var (page, errors) = await site.OpenAsync("/zoeken/?q=samenwerken");
        var urls = await ResultUrls(page);
        var onlyOtherForms = 0;
        foreach (var url in urls.Select(u => u.Split('#')[0]).Distinct())
        {
            var html = await (await page.APIRequest.GetAsync(site.BaseUrl + url)).TextAsync();
            var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
            if (!main.Contains("samenwerken", StringComparison.OrdinalIgnoreCase) && main.Contains("samenwerking", StringComparison.OrdinalIgnoreCase))
                onlyOtherForms++;
        }
        Assert.True(onlyOtherForms > 0, "Every result contains the literal word; stemming was not shown.");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_index_holds_every_page_and_no_navigation_or_footer_text()
    {
        var (page, errors) = await site.OpenAsync("/zoeken/");
        var sitemap = await (await page.APIRequest.GetAsync(site.BaseUrl + "/sitemap.xml")).TextAsync();
        // Derived pages without a search type (classroom pages, workbooks, card sheets) repeat other pages, and tag
        // pages (/tags/…) only list titles: they stay out of the index on purpose.
        var unindexed = site.Content.Pages
            .SelectMany(p => site.Content.Kinds.Of(p.Data).Variants.Where(v => v.SearchType is null && v.AppliesTo(p)).Select(v => v.Url(p)))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains(unindexed, url => url.EndsWith("/werkboek/", StringComparison.Ordinal));
        var pages = System.Text.RegularExpressions.Regex.Matches(sitemap, "<loc>([^<]*)</loc>")
            .Count(m => !unindexed.Contains(new Uri(m.Groups[1].Value).AbsolutePath) && !m.Value.Contains("/tags/", StringComparison.Ordinal));

        var indexed = await page.EvaluateAsync<int>("""
            async () => {
              const pagefind = await import("/pagefind/pagefind.js");
              const filters = await pagefind.filters();
              return Object.values(filters.type).reduce((a, b) => a + b, 0);
            }
            """);
        Assert.Equal(pages, indexed);

        // Pagefind keeps the indexed text of each page: none of it may come from the skip link, header or footer.
        var leaked = await page.EvaluateAsync<string[]>("""
            async () => {
              const pagefind = await import("/pagefind/pagefind.js");
              const search = await pagefind.search("samenwerking");
              const pages = await Promise.all(search.results.map(r => r.data()));
              const chrome = ["Deze site laadt niets van andere websites", "Naar de inhoud", "Kruimelpad", "Hoofdmenu"];
              return pages.flatMap(p => chrome.filter(c => p.content.includes(c)).map(c => p.url + ": " + c));
            }
            """);
        Assert.Empty(leaked);
        Assert.Empty(errors);
    }
}

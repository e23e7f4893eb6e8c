using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

/// <summary>The reading layout: the on-page contents beside the text on wide screens, folded on a phone; overviews list first.</summary>
[Collection(SiteCollection.Name)]
public class ReadingLayoutTests(SiteFixture site)
{
    private const string StudyPage = "/onderzoeken/zorglogistiek/";

    [Fact]
    public async Task The_on_page_contents_stays_visible_beside_the_text_at_1280px_after_scrolling()
    {
        var (page, errors) = await site.OpenAsync(StudyPage, 1280);
        var toc = page.Locator("nav.toc");
        Assert.Equal("", await toc.Locator("details").GetAttributeAsync("open"));
        await page.Locator("#bevindingen").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => window.scrollBy(0, 600)");
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 1500);
        await Assertions.Expect(toc.Locator("a[href='#vorm']")).ToBeInViewportAsync();

        var sideBySide = await page.EvaluateAsync<bool>("""
            () => {
              const toc = document.querySelector("nav.toc").getBoundingClientRect();
              const text = document.querySelector("#bevindingen").getBoundingClientRect();
              return toc.left >= text.right && toc.top >= 0 && toc.top < 100;
            }
            """);
        Assert.True(sideBySide);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task On_a_phone_the_on_page_contents_is_one_collapsed_line_that_opens()
    {
        var (page, errors) = await site.OpenAsync(StudyPage, 390, 844);
        var toc = page.Locator("nav.toc");
        Assert.Null(await toc.Locator("details").GetAttributeAsync("open"));
        await Assertions.Expect(toc.Locator("a[href='#vorm']")).ToBeHiddenAsync();
        await toc.Locator("summary").ClickAsync();
        await Assertions.Expect(toc.Locator("a[href='#vorm']")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task On_a_phone_the_casus_list_starts_on_the_first_screen_with_its_filters_behind_one_button()
    {
        var (page, errors) = await site.OpenAsync("/casussen/", 390, 844);
        await Assertions.Expect(page.Locator("#casussen > li").First).ToBeInViewportAsync();
        var filter = page.Locator(".filter-disclosure > summary");
        await Assertions.Expect(filter).ToHaveTextAsync("Filter");
        await Assertions.Expect(page.Locator("select[name=audience]")).ToBeHiddenAsync();
        var all = await page.Locator("[data-filter-count]").TextContentAsync();
        await filter.ClickAsync();
        await page.Locator("select[name=audience]").SelectOptionAsync("pabo");
        await Assertions.Expect(page.Locator("[data-filter-count]")).Not.ToHaveTextAsync(all ?? "");
        Assert.Empty(errors);
    }
}

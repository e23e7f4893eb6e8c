namespace OverGrenzen.BrowserTests;

[Collection(SiteCollection.Name)]
public class NavigationTests(SiteFixture site)
{
    [Fact]
    public async Task From_the_start_page_the_navigation_reaches_every_section()
    {
        var (page, errors) = await site.OpenAsync("/");
        var response = await page.APIRequest.GetAsync(site.BaseUrl + "/");
        Assert.Contains("default-src 'none'", response.Headers["content-security-policy"]);
        var links = await page.Locator("#hoofdmenu a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/kader/", links);
        Assert.Contains("/onderzoeken/", links);
        Assert.Contains("/casussen/", links);
        Assert.Contains("/leerroutes/", links);

        foreach (var href in links)
        {
            await page.GotoAsync(site.BaseUrl + "/");
            await page.Locator($"#hoofdmenu a[href='{href}']").First.ClickAsync();
            await page.WaitForURLAsync(site.BaseUrl + href);
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            Assert.NotNull(await page.Locator($"#hoofdmenu a[href='{href}']").GetAttributeAsync("aria-current"));
        }
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_continuum_picture_leads_to_a_study_and_the_study_to_a_factor()
    {
        var (page, errors) = await site.OpenAsync("/");
        await page.Locator("svg.continuum-svg a[href='/onderzoeken/zorglogistiek/']").First.ClickAsync();
        await page.WaitForURLAsync(site.BaseUrl + "/onderzoeken/zorglogistiek/");
        Assert.Equal("Zorglogistiek", (await page.Locator("h1").TextContentAsync())?.Trim());

        var factorLink = page.Locator("section[aria-labelledby=bevindingen] ul.findings a").First;
        var href = await factorLink.GetAttributeAsync("href");
        await factorLink.ClickAsync();
        await page.WaitForURLAsync(site.BaseUrl + href);
        Assert.Contains("/kader/factoren/", page.Url);
        Assert.Equal(1, await page.Locator("#in-onze-onderzoeken").CountAsync());
        Assert.Empty(errors);
    }
}

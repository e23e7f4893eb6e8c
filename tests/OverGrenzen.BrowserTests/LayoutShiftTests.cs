using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OverGrenzen.BrowserTests;

/// <summary>
/// Cumulative Layout Shift on a phone: one page of every page type loaded cold (a fresh context, so
/// an empty cache) on a slow network and CPU, with the layout-shift entries summed as they come.
/// </summary>
[Collection(SiteCollection.Name)]
public partial class LayoutShiftTests(SiteFixture site, ITestOutputHelper output)
{
    private const double Budget = 0.05;

    // Collects every layout shift from the start of the page, as Lighthouse's CLS does (without the
    // shifts that follow input: there is none here).
    private const string ShiftObserver = """
        window.__layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        """;

    [Fact]
    public async Task No_page_type_shifts_its_layout_while_it_loads_on_a_throttled_phone()
    {
        var paths = await OnePagePerType();
        Assert.True(paths.Count > 20, string.Join(", ", paths.Keys));

        var over = new List<string>();
        foreach (var (type, path) in paths)
        {
            var shift = await ColdLayoutShift(path);
            output.WriteLine($"{shift.ToString("0.000", CultureInfo.InvariantCulture)}  {type,-28} {path}");
            if (shift > Budget)
                over.Add($"{path} ({type}): {shift.ToString("0.000", CultureInfo.InvariantCulture)}");
        }
        Assert.True(over.Count == 0, $"CLS above {Budget} at 390 px:\n" + string.Join('\n', over));
    }

    private async Task<double> ColdLayoutShift(string path)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 3,
            IsMobile = true,
            HasTouch = true,
        });
        await context.AddInitScriptAsync(ShiftObserver);
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = 150,
            ["downloadThroughput"] = 1.6 * 1024 * 1024 / 8,
            ["uploadThroughput"] = 750 * 1024 / 8,
        });
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });

        await page.GotoAsync(site.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 60_000 });
        // A locator, not WaitForFunction: its string expression is evaluated with eval, which the CSP forbids (a flake).
        await Assertions.Expect(page.Locator("html[data-ready='true']")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        if (path.StartsWith("/zoeken/?", StringComparison.Ordinal))
            await Assertions.Expect(page.Locator("[data-search-results] li").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 60_000 });
        // Two frames, so that the last layout has been measured and reported.
        await page.EvaluateAsync("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
        return await page.EvaluateAsync<double>("() => window.__layoutShift");
    }

    /// <summary>The first sitemap page of every page type (body type plus layout), the search page with a query and the 404 page.</summary>
    private async Task<SortedDictionary<string, string>> OnePagePerType()
    {
        var request = (await site.Browser.NewContextAsync()).APIRequest;
        var sitemap = await (await request.GetAsync(site.BaseUrl + "/sitemap.xml")).TextAsync();
        var types = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in LocPattern().Matches(sitemap).Select(m => new Uri(m.Groups[1].Value).AbsolutePath))
        {
            var html = await (await request.GetAsync(site.BaseUrl + path)).TextAsync();
            var type = PageTypePattern().Match(html).Groups[1].Value;
            var layout = LayoutPattern().Match(html) is { Success: true } m ? "/" + m.Groups[1].Value : "";
            types.TryAdd(type + layout, path);
        }
        types["pagina/search-with-query"] = "/zoeken/?q=vertrouwen";
        types.TryAdd("notfound", "/deze-pagina-bestaat-niet/");
        return types;
    }

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex LocPattern();

    [GeneratedRegex("<body data-page-type=\"([^\"]+)\"")]
    private static partial Regex PageTypePattern();

    [GeneratedRegex("""<article class="page[^"]*\blayout-([a-z-]+)""")]
    private static partial Regex LayoutPattern();
}

using System.Text.RegularExpressions;

namespace OverGrenzen.BrowserTests;

/// <summary>
/// axe-core with the WCAG 2.1 AA (and 2.2 AA) rules on every page of the built site, at desktop and
/// phone width; in the same walk, no page is wider than the window (nothing scrolls sideways).
/// </summary>
[Collection(SiteCollection.Name)]
public partial class AccessibilityTests(SiteFixture site)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Every_page_has_no_axe_violations_and_no_sideways_scroll(int width)
    {
        var (page, errors) = await site.OpenAsync("/", width);
        var sitemap = await (await page.APIRequest.GetAsync(site.BaseUrl + "/sitemap.xml")).TextAsync();
        var paths = LocPattern().Matches(sitemap).Select(m => new Uri(m.Groups[1].Value).AbsolutePath).ToArray();
        Assert.True(paths.Length > 80);

        var violations = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(site.BaseUrl + path);
            await SiteFixture.ReadyAsync(page);
            violations.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{path}: {v}"));
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (widths[0] > widths[1])
                violations.Add($"{path}: scrolls sideways, {widths[0]} px wide in a {widths[1]} px window");
        }
        Assert.True(violations.Count == 0, string.Join('\n', violations));
        Assert.Empty(errors);
    }

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex LocPattern();
}

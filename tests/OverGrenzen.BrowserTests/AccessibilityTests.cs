using System.Text.RegularExpressions;
using Microsoft.Playwright;

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
        var (first, firstErrors) = await site.OpenAsync("/", width);
        var sitemap = await (await first.APIRequest.GetAsync(site.BaseUrl + "/sitemap.xml")).TextAsync();
        var paths = LocPattern().Matches(sitemap).Select(m => new Uri(m.Groups[1].Value).AbsolutePath).ToArray();
        Assert.True(paths.Length > 80);

        // Two tabs walk alternate pages at the same time: axe runs in each tab's own renderer process, so the
        // walk uses both cores of a small CI machine instead of one.
        var (second, secondErrors) = await site.OpenAsync("/", width);
        var walks = await Task.WhenAll(
            WalkAsync(first, paths.Where((_, i) => i % 2 == 0)),
            WalkAsync(second, paths.Where((_, i) => i % 2 == 1)));
        var violations = walks.SelectMany(w => w).Order(StringComparer.Ordinal).ToArray();
        Assert.True(violations.Length == 0, string.Join('\n', violations));
        Assert.Empty(firstErrors.Concat(secondErrors));
    }

    private async Task<List<string>> WalkAsync(IPage page, IEnumerable<string> paths)
    {
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
        return violations;
    }

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex LocPattern();
}

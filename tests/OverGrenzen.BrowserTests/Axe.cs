using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

/// <summary>axe-core with the WCAG 2.1 AA rules (and the 2.2 AA ones axe can check).</summary>
public static class Axe
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        // Only violations are read: axe then keeps one node per passed rule instead of every node, which makes the
        // walk over every page (workbooks hold thousands of elements) markedly faster.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>The violations on the page as it is now, one readable line each.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag);
        return result.Violations
            .Select(v => $"{v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToArray();
    }
}

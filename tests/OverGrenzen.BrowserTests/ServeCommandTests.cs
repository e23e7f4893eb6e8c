using System.Net;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OverGrenzen.BrowserTests;

/// <summary>
/// <c>serve</c> as a content author uses it, in one run of the real program (see <see cref="ServeProcess"/>):
/// search keeps working after a full and a fast rebuild, a save by renaming a temporary file over the page
/// takes the fast path, editors' scratch files start nothing, a broken page shows its errors on the open page
/// (checked with axe) until it is fixed, and stopping leaves a complete site. Asserts on what serve prints
/// and what the browser shows, never on time.
/// </summary>
public sealed class ServeCommandTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Page = "content/kader/jazzorkest.md";
    private const string PageUrl = "/kader/jazzorkest/";
    private static readonly Func<string, bool> IndexReady = l => l.StartsWith("Search index up to date", StringComparison.Ordinal);
    private static readonly Func<string, bool> Rebuilt = l => l.StartsWith("Rebuilt ", StringComparison.Ordinal);

    private ServeProcess _serve = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        _serve = ServeProcess.StartInCopyOf(SiteFixture.RepositoryRoot());
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserLocator.ExecutablePath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [Fact]
    public async Task Serve_keeps_search_current_follows_rename_saves_ignores_scratch_files_shows_errors_in_the_page_and_stops_cleanly()
    {
        // Start-up: the URL, the watched folders, and that search is being indexed.
        await _serve.WaitForAsync(IndexReady);
        Assert.Contains($"Serving _site/ at {_serve.Url}/", _serve.Lines);
        Assert.Contains(_serve.Lines, l => l.StartsWith("Watching content/ and theme/assets/", StringComparison.Ordinal));
        Assert.Contains(_serve.Lines, l => l.StartsWith("Search: indexing in the background", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(_serve.Url + "/pagefind/pagefind.js")).StatusCode);

        // A front-matter edit: the whole site is rebuilt, then the search index finds the new word.
        var original = await File.ReadAllTextAsync(Path.Combine(_serve.Root, Page));
        await File.WriteAllTextAsync(Path.Combine(_serve.Root, Page),
            original.Replace("weight: 3", "weight: 4", StringComparison.Ordinal) + "\nEen zwaluwstaartvlinder speelt mee.\n");
        Assert.StartsWith("Rebuilt the whole site", await _serve.WaitForAsync(Rebuilt));
        await _serve.WaitForAsync(IndexReady, 2);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(_serve.Url + "/pagefind/pagefind.js")).StatusCode);
        Assert.Contains(PageUrl, await SearchAsync("zwaluwstaartvlinder"));

        // A body-only edit saved the way sed -i, vim and JetBrains save: a temporary file renamed over the page.
        var edited = await File.ReadAllTextAsync(Path.Combine(_serve.Root, Page)) + "\nOok een kolibrievleugel.\n";
        var temporary = Path.Combine(_serve.Root, "content", "kader", "sedAb12Cd");
        await File.WriteAllTextAsync(temporary, edited);
        File.Move(temporary, Path.Combine(_serve.Root, Page), overwrite: true);
        // The fast path: the page itself plus the pages that show its text (the workbooks of the routes it is a step of).
        Assert.Matches(@"^Rebuilt \d+ page\(s\) \(fast path: page text only\) after a change to content/kader/jazzorkest\.md$",
            (await _serve.WaitForAsync(Rebuilt, 2)).Split(" in ")[0]);
        await _serve.WaitForAsync(IndexReady, 3);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(_serve.Url + "/pagefind/pagefind.js")).StatusCode);
        Assert.Contains(PageUrl, await SearchAsync("kolibrievleugel"));

        // Scratch files alone start nothing: the next thing serve reports is the broken page below, and only it.
        foreach (var name in new[] { "4913", ".jazzorkest.md.swp", "jazzorkest.md~", ".#jazzorkest.md", "sedXy34Zw", "notitie.tmp" })
        {
            var scratch = Path.Combine(_serve.Root, "content", "kader", name);
            await File.WriteAllTextAsync(scratch, "kladje");
            File.Delete(scratch);
        }
        await Task.Delay(500); // let the watcher see them on their own, before the next save

        // A broken page: the open page shows the errors, announced, in an accessible panel; a fix removes it.
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(60_000); // the machine may be busy with other builds
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        await page.GotoAsync(_serve.Url + PageUrl);
        await SiteFixture.ReadyAsync(page);

        var before = _serve.Count(_ => true);
        await File.WriteAllTextAsync(Path.Combine(_serve.Root, Page), edited + "\nZie [de onbekende](factor:bestaat-niet).\n");
        var panel = page.Locator("#serve-errors");
        await Assertions.Expect(panel).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var printed = _serve.Lines.Skip(before).ToArray();
        Assert.Contains(printed, l => l.StartsWith("kader/jazzorkest.md(", StringComparison.Ordinal) && l.Contains("error OG2003", StringComparison.Ordinal));
        Assert.DoesNotContain(printed, l => Rebuilt(l));
        Assert.DoesNotContain(_serve.Lines, l => l.Contains("4913", StringComparison.Ordinal) || l.Contains("sedXy34Zw", StringComparison.Ordinal) || l.Contains(".swp", StringComparison.Ordinal));
        Assert.Equal(2, _serve.Count(Rebuilt));

        Assert.Equal("alert", await panel.GetAttributeAsync("role"));
        await Assertions.Expect(panel.Locator("h2")).ToContainTextAsync("could not be rebuilt: 1 error");
        var lineNumber = edited.Split('\n').Length + 1;
        await Assertions.Expect(panel.Locator("li")).ToContainTextAsync($"kader/jazzorkest.md:{lineNumber}:");
        await Assertions.Expect(panel.Locator("li")).ToContainTextAsync("error OG2003");
        await Assertions.Expect(panel.Locator("li")).ToContainTextAsync("bestaat-niet");
        Assert.Equal(0, await panel.Locator("a").CountAsync());
        Assert.Empty(await Axe.ViolationsAsync(page));
        await page.SetViewportSizeAsync(390, 844);
        Assert.Empty(await Axe.ViolationsAsync(page));

        // A page opened while the site is broken shows the panel too.
        var other = await context.NewPageAsync();
        await other.GotoAsync(_serve.Url + "/");
        await Assertions.Expect(other.Locator("#serve-errors")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await other.CloseAsync();

        await File.WriteAllTextAsync(Path.Combine(_serve.Root, Page), edited + "\nWeer heel.\n");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Weer heel.", new() { Timeout = 60_000 });
        await Assertions.Expect(panel).ToHaveCountAsync(0);
        Assert.Empty(problems);
        await context.CloseAsync();

        // Stopping (Ctrl+C) waits for the work under way and leaves a complete site with its search index.
        await _serve.WaitForAsync(IndexReady, 4);
        Assert.Equal(0, await _serve.StopAsync());
        Assert.StartsWith("Stopped. _site/", _serve.Lines[^1]);
        Assert.True(File.Exists(Path.Combine(_serve.Root, "_site", "kader", "jazzorkest", "index.html")));
        Assert.True(File.Exists(Path.Combine(_serve.Root, "_site", "pagefind", "pagefind.js")));
        Assert.Equal(["_site", "content", "netlify.toml", "theme"],
            Directory.EnumerateFileSystemEntries(_serve.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>The URLs the site's own search page (Pagefind in Chromium) lists for a query.</summary>
    private async Task<IReadOnlyList<string>> SearchAsync(string query)
    {
        var page = await _browser.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        try
        {
            await page.GotoAsync($"{_serve.Url}/zoeken/?q={query}");
            await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("voor ‘", new() { Timeout = 30_000 });
            // Results land on the matched section: keep the page's address.
            var links = await page.Locator("[data-search-results] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            return links.Select(l => l.Split('#')[0]).ToArray();
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        output.WriteLine(_serve.Log);
        _http.Dispose();
        await _browser.CloseAsync();
        _playwright.Dispose();
        await _serve.DisposeAsync();
    }
}

using Microsoft.Playwright;
using OverGrenzen.Pipeline;
using OverGrenzen.Serving;

namespace OverGrenzen.BrowserTests;

/// <summary>
/// Offline use, in a real Chromium with the service worker and the netlify.toml headers: visited pages and a
/// stored route open without a connection, answers are kept, an unstored page shows /offline/, and a new
/// build replaces the cache. Each test has its own browser context, so its own worker and caches.
/// </summary>
[Collection(SiteCollection.Name)]
public class OfflineTests(SiteFixture site)
{
    private const string Casus = "/casussen/een-plek-voor-jesse/";
    private const string Route = "/leerroutes/pabo/";
    private const string OfflineHeading = "Geen verbinding";

    [Fact]
    public async Task Visited_pages_open_offline_a_casus_is_answered_and_kept_and_an_unstored_page_shows_the_offline_page()
    {
        var (page, errors) = await site.OpenAsync(Casus, serviceWorker: true);
        await WorkerControlsAsync(page);
        await StoredAsync(page, Casus); // the first page loaded before the worker: it is fetched again once the worker takes over
        await GoAsync(page, "/kader/vormen/");
        var vormen = await page.Locator("h1").InnerTextAsync();

        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await SiteFixture.ReadyAsync(page);
        Assert.Equal(vormen, await page.Locator("h1").InnerTextAsync());

        await GoAsync(page, Casus);
        Assert.NotEqual(OfflineHeading, await page.Locator("h1").InnerTextAsync());
        var question = page.Locator("form.question[data-kind=single]").First;
        var questionId = await question.GetAttributeAsync("data-question");
        await question.Locator("li[data-correct=true] input").CheckAsync();
        await question.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(question.Locator("[data-status]")).ToContainTextAsync("Goed");

        await page.ReloadAsync();
        await SiteFixture.ReadyAsync(page);
        var reloaded = page.Locator($"form.question[data-question='{questionId}']");
        await Assertions.Expect(reloaded.Locator("li[data-correct=true] input")).ToBeCheckedAsync();

        await GoAsync(page, "/onderzoeken/zorglogistiek/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(OfflineHeading);
        var visited = page.Locator("[data-offline-visited]");
        await Assertions.Expect(visited).ToBeVisibleAsync();
        await Assertions.Expect(visited.Locator($"a[href='{Casus}']")).ToHaveCountAsync(1);
        await Assertions.Expect(visited.Locator("a[href='/kader/vormen/']")).ToHaveTextAsync(vormen);
        Assert.Empty(await Axe.ViolationsAsync(page));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_route_stored_with_Beschikbaar_offline_opens_step_by_step_offline_and_is_listed_on_the_offline_page(int width)
    {
        var (page, errors) = await site.OpenAsync(Route, width, serviceWorker: true);
        await WorkerControlsAsync(page);
        var saver = page.Locator("[data-offline-route]");
        var button = saver.Locator("[data-offline-save]");
        var status = saver.Locator("[data-offline-status]");
        await Assertions.Expect(button).ToBeVisibleAsync();
        await Assertions.Expect(button).ToHaveTextAsync("Beschikbaar offline");
        await Assertions.Expect(status).ToContainTextAsync("Opslaan kost");
        Assert.Equal("status", await status.GetAttributeAsync("role"));
        var violations = (await Axe.ViolationsAsync(page)).Select(v => "before: " + v).ToList();

        // Without a connection the files not yet stored cannot be fetched: a clear message, and the button again.
        await page.Context.SetOfflineAsync(true);
        await button.ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("Opslaan lukte niet");
        await Assertions.Expect(button).ToHaveTextAsync("Beschikbaar offline");
        await Assertions.Expect(button).ToBeEnabledAsync();
        violations.AddRange((await Axe.ViolationsAsync(page)).Select(v => "failed: " + v));
        await page.Context.SetOfflineAsync(false);

        // The busy state passes too quickly to catch with axe: record what the button and the bar showed.
        await page.EvaluateAsync("""
            () => {
              const section = document.querySelector("[data-offline-route]");
              window.offlineStates = [];
              new MutationObserver(() => {
                const button = section.querySelector("[data-offline-save]");
                window.offlineStates.push([button.textContent, button.getAttribute("aria-disabled"), section.querySelector("progress").hidden].join("|"));
              }).observe(section, { subtree: true, childList: true, attributes: true, characterData: true });
            }
            """);
        await button.ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("Klaar", new() { Timeout = 30_000 });
        Assert.Contains("Bezig met opslaan…|true|false", await page.EvaluateAsync<string[]>("() => window.offlineStates"));
        await Assertions.Expect(status).ToContainTextAsync("kB");
        await Assertions.Expect(button).ToHaveTextAsync("Opnieuw opslaan");
        await Assertions.Expect(button).ToBeEnabledAsync();
        violations.AddRange((await Axe.ViolationsAsync(page)).Select(v => "stored: " + v));
        var steps = await page.Locator("ol.steps .step-head a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') + '|' + a.textContent.trim())");
        Assert.True(steps.Length >= 5);

        await page.Context.SetOfflineAsync(true);
        foreach (var step in steps)
        {
            var (href, title) = (step.Split('|')[0], step.Split('|')[1]);
            await GoAsync(page, href.Split('#')[0]);
            Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        }

        // Search works offline over the stored index; results whose page is not stored are left out.
        await GoAsync(page, "/zoeken/?q=jazzorkest");
        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("Zonder verbinding zie je alleen");
        var found = await page.Locator("[data-search-results] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(found, u => u.StartsWith("/kader/jazzorkest/", StringComparison.Ordinal));
        Assert.All(found, u => Assert.Contains(steps.Append(Route + "|").Append("/lessen/|"), s => u.StartsWith(s.Split('|')[0].Split('#')[0], StringComparison.Ordinal)));

        await GoAsync(page, "/offline/");
        var routes = page.Locator("[data-offline-routes]");
        await Assertions.Expect(routes.Locator($"a[href='{Route}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-offline-no-routes]")).ToBeHiddenAsync();
        violations.AddRange((await Axe.ViolationsAsync(page)).Select(v => "offline page: " + v));
        // Not in sitemap.xml, so not in the walk over every page: its own sideways-scroll check.
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"/offline/ is {widths[0]} px wide in a {widths[1]} px window");

        await GoAsync(page, Route);
        await Assertions.Expect(status).ToContainTextAsync("staat op dit apparaat");
        Assert.True(violations.Count == 0, string.Join('\n', violations));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task After_a_rebuild_with_changed_content_the_new_page_is_served_and_the_old_cache_is_gone()
    {
        var root = Path.Combine(Path.GetTempPath(), "og-offline-" + Guid.NewGuid().ToString("N")[..8]);
        var content = Path.Combine(root, "content");
        var output = Path.Combine(root, "_site");
        CopyFolder(Path.Combine(RepositoryRoot(), "content"), content);
        try
        {
            var options = new BuildOptions { ContentRoot = content, OutputRoot = output, ThemeRoot = Path.Combine(RepositoryRoot(), "theme"), Search = false };
            Assert.True((await new BuildPipeline().BuildAsync(options)).Succeeded);
            await using var server = await StaticSiteServer.StartAsync(output, 0, NetlifyHeaders.ForAllPaths(Path.Combine(RepositoryRoot(), "netlify.toml")));
            const string changed = "/kader/jazzorkest/";
            const string added = "Deze zin kwam er in de tweede build bij.";

            var (page, errors) = await site.OpenAsync(changed, serviceWorker: true, baseUrl: server.Url);
            await WorkerControlsAsync(page);
            await StoredAsync(page, changed);
            var firstCache = await CacheNamesAsync(page);

            File.AppendAllText(Path.Combine(content, "kader", "jazzorkest.md"), "\n" + added + "\n");
            Assert.True((await new BuildPipeline().BuildAsync(options)).Succeeded);

            await GoAsync(page, changed);
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(added);
            // The browser checks the worker on navigation; asking makes the test independent of when.
            await page.EvaluateAsync("async () => { const r = await navigator.serviceWorker.getRegistration(); await r.update(); }");
            // Installed (the new cache is there) and activated (the old one deleted).
            await UntilAsync(page, "async () => { const k = await caches.keys(); return k.length === 1 && k[0] !== " + System.Text.Json.JsonSerializer.Serialize(firstCache) + "; }");
            var secondCache = await CacheNamesAsync(page);
            Assert.NotEqual(firstCache, secondCache);
            Assert.DoesNotContain(",", secondCache);

            await page.Context.SetOfflineAsync(true);
            await GoAsync(page, changed);
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(added);
            Assert.Empty(errors);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Waits until the worker is active and controls the page (it claims open pages when it activates).</summary>
    private static Task WorkerControlsAsync(IPage page) => page.EvaluateAsync("""
        async () => {
          await navigator.serviceWorker.ready;
          if (!navigator.serviceWorker.controller)
            await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
        }
        """);

    private static Task StoredAsync(IPage page, string path) =>
        UntilAsync(page, $"async () => Boolean(await caches.match({System.Text.Json.JsonSerializer.Serialize(path)}))");

    /// <summary>Polls a condition inside the page (WaitForFunction would need eval, which the CSP forbids); the test's timeout bounds it.</summary>
    private static Task UntilAsync(IPage page, string condition) => page.EvaluateAsync(
        "async () => { const ok = " + condition + "; while (!(await ok())) await new Promise((r) => setTimeout(r, 50)); }");

    private static Task<string> CacheNamesAsync(IPage page) => page.EvaluateAsync<string>("async () => (await caches.keys()).join()");

    private static async Task GoAsync(IPage page, string path)
    {
        await page.GotoAsync(new Uri(new Uri(page.Url), path).ToString());
        await SiteFixture.ReadyAsync(page);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Site.sln not found.");
    }
}

using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using OverGrenzen.Pipeline;
using OverGrenzen.Serving;

namespace OverGrenzen.BrowserTests;

/// <summary>Builds the real content once, serves it on a free loopback port and starts one Chromium.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "og-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>The built site's folder (the SCORM tests unpack its packages).</summary>
    public string OutputRoot => _output;

    /// <summary>The content the site was built from, for tests that compare a page with its source (the printed workbooks).</summary>
    public Model.Site Content { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var result = await new BuildPipeline().BuildAsync(new BuildOptions
        {
            ContentRoot = Path.Combine(RepositoryRoot(), "content"),
            OutputRoot = _output,
            Search = true,
        });
        if (!result.Succeeded)
            throw new InvalidOperationException("The site does not build:\n" + string.Join('\n', result.Diagnostics));
        Content = result.Snapshot!.Content.Site;

        _server = await StaticSiteServer.StartAsync(_output, FreePort(), NetlifyHeaders.ForAllPaths(Path.Combine(RepositoryRoot(), "netlify.toml")));
        BaseUrl = _server.Url;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserLocator.ExecutablePath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    private const string BlockedWorkerWarning = "Service Worker registration blocked by Playwright";

    /// <summary>The built site's folder (the offline tests serve it a second time, on an origin of their own).</summary>
    public string OutputFolder => _output;

    /// <summary>
    /// A new page that fails the test on any console error or uncaught exception. The service worker is
    /// blocked unless asked for: the other tests check pages as the network gives them, and each context
    /// would otherwise download the offline shell in the background.
    /// </summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, int width = 1280, int height = 900, bool serviceWorker = false, string? baseUrl = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ServiceWorkers = serviceWorker ? ServiceWorkerPolicy.Allow : ServiceWorkerPolicy.Block,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        // Playwright answers a blocked registration with this warning of its own; it is not the site's.
        page.Console += (_, message) => { if (message.Type is "error" or "warning" && message.Text != BlockedWorkerWarning) errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync((baseUrl ?? BaseUrl) + path);
        await ReadyAsync(page);
        return (page, errors);
    }

    /// <summary>
    /// Waits until start.js has started every feature of the page (after the modules loaded on demand). A selector,
    /// not WaitForFunctionAsync: polling a string expression in the page is eval, which the site's CSP forbids.
    /// </summary>
    public static Task ReadyAsync(IPage page) =>
        page.Locator("html[data-ready='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Site.sln not found.");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
        if (Directory.Exists(_output))
            Directory.Delete(_output, recursive: true);
    }
}

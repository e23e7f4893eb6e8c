using System.Net;
using System.Net.Sockets;
using OverGrenzen.Diagnostics;
using OverGrenzen.Serving;

namespace OverGrenzen.Tests.Serving;

/// <summary>serve's browser side (live reload, error overlay) is answered by the dev server and never built into the site.</summary>
public sealed class ServeClientFilesTests
{
    [Fact]
    public void The_live_reload_module_the_overlay_module_and_its_stylesheet_are_compiled_in() =>
        Assert.Equal(["error-overlay.css", "error-overlay.js", "live-reload.js"], ServeClientFiles.Names.Order(StringComparer.Ordinal));

    [Fact]
    public async Task A_build_writes_none_of_them_and_no_page_refers_to_them()
    {
        using var site = new TestSite(TestSite.MinimalBibliography + "\n-- index.md --\n---\ntitle: Start\ndescription: De start.\n---\n\nWelkom.\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToArray();
        Assert.NotEmpty(files);
        Assert.DoesNotContain(files, f => ServeClientFiles.Names.Contains(Path.GetFileName(f)));
        Assert.DoesNotContain(files, f => Path.GetExtension(f) is ".html" or ".js" or ".css"
            && File.ReadAllText(f).Contains(ServeClientFiles.Folder.TrimEnd('/'), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_answers_them_and_a_page_opened_after_a_failed_build_gets_its_errors_at_once()
    {
        var root = Directory.CreateTempSubdirectory("og-serve-client-").FullName;
        File.WriteAllText(Path.Combine(root, "index.html"), "<html><body>start</body></html>");
        var reload = new LiveReload();
        await using var server = await StaticSiteServer.StartAsync(root, FreePort(), null, reload.Inject, reload.Map);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        foreach (var name in ServeClientFiles.Names)
        {
            var response = await http.GetAsync(ServeClientFiles.Folder + name);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(name.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript", response.Content.Headers.ContentType?.MediaType);
        }

        reload.ShowErrors([new Diagnostic(Severity.Error, "OG2003", "kader/vormen.md", 12, 7, "Unknown cross-reference 'factor:x'.")]);
        using var events = new StreamReader(await http.GetStreamAsync(LiveReload.EventsPath));
        var lines = new List<string>();
        while (await events.ReadLineAsync() is { } line)
        {
            lines.Add(line);
            if (line.StartsWith("data: ", StringComparison.Ordinal))
                break;
        }
        Assert.Equal("event: errors", lines[^2]);
        Assert.Equal("""data: [{"severity":"error","file":"kader/vormen.md","line":12,"column":7,"code":"OG2003","message":"Unknown cross-reference \u0027factor:x\u0027."}]""", lines[^1]);
        reload.Close();
        Directory.Delete(root, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

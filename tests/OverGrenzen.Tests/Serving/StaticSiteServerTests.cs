using System.Net;
using System.Net.Sockets;
using OverGrenzen.Serving;

namespace OverGrenzen.Tests.Serving;

public class StaticSiteServerTests
{
    [Fact]
    public async Task Serves_clean_urls_redirects_folders_and_answers_404_with_the_404_page()
    {
        var root = Directory.CreateTempSubdirectory("og-serve-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "over"));
        File.WriteAllText(Path.Combine(root, "over", "index.html"), "<html><body>over</body></html>");
        File.WriteAllText(Path.Combine(root, "404.html"), "<html><body>niet gevonden</body></html>");
        var reload = new LiveReload();
        await using var server = await StaticSiteServer.StartAsync(root, FreePort(),
            new Dictionary<string, string> { ["X-Content-Type-Options"] = "nosniff" }, reload.Inject, reload.Map);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Url) };

        var page = await http.GetAsync("/over/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains(LiveReload.ScriptPath, await page.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.MovedPermanently, (await http.GetAsync("/over")).StatusCode);
        var missing = await http.GetAsync("/bestaat-niet/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("niet gevonden", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/../../etc/passwd")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(LiveReload.ScriptPath)).StatusCode);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task Under_live_reload_the_page_marks_its_reload_script_and_the_service_worker_url_removes_a_worker_left_behind()
    {
        var root = Directory.CreateTempSubdirectory("og-serve-").FullName;
        File.WriteAllText(Path.Combine(root, "index.html"), "<html><body>start</body></html>");
        File.WriteAllText(Path.Combine(root, "service-worker.js"), "// the built worker");
        var reload = new LiveReload();
        await using var server = await StaticSiteServer.StartAsync(root, FreePort(), null, reload.Inject, reload.Map);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        // offline.js does not register the worker when it sees this mark.
        Assert.Contains("data-live-reload", await http.GetStringAsync("/"));
        var worker = await http.GetStringAsync(Model.Urls.SiteUrls.ServiceWorker);
        Assert.Contains("unregister()", worker);
        Assert.DoesNotContain("the built worker", worker);
        Directory.Delete(root, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

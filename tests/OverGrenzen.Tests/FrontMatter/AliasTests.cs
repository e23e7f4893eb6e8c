using System.Net;
using System.Net.Sockets;
using OverGrenzen.Diagnostics;
using OverGrenzen.Serving;

namespace OverGrenzen.Tests.FrontMatter;

/// <summary><c>aliases:</c>: each old URL redirects to the page, in Netlify's <c>_redirects</c> and in serve.</summary>
public class AliasTests
{
    private const string Site = TestSite.MinimalBibliography + """

        -- index.md --
        ---
        title: Start
        description: De start.
        ---
        -- kader/samenwerken.md --
        ---
        title: Samenwerken
        description: Verhuisd van /samenwerken/.
        aliases: [/samenwerken/, /oud/samenwerken.html]
        ---
        """;

    [Fact]
    public async Task Each_alias_is_a_permanent_redirect_in_the_netlify_redirects_file()
    {
        using var site = new TestSite(Site);
        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var lines = site.ReadOutput("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#'));
        Assert.Equal(["/oud/samenwerken.html  /kader/samenwerken/  301", "/samenwerken/  /kader/samenwerken/  301"], lines);
    }

    [Fact]
    public async Task A_site_without_aliases_gets_no_redirects_file()
    {
        using var site = new TestSite(TestSite.MinimalBibliography + "\n-- index.md --\n---\ntitle: Start\ndescription: De start.\n---\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "_redirects")));
    }

    [Fact]
    public async Task Serve_redirects_an_alias_with_or_without_its_trailing_slash()
    {
        using var site = new TestSite(Site);
        Assert.True((await site.BuildAsync(site.Options.ForServe())).Succeeded);
        await using var server = await StaticSiteServer.StartAsync(site.Output, FreePort());
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Url) };

        foreach (var old in new[] { "/samenwerken/", "/samenwerken", "/oud/samenwerken.html" })
        {
            var response = await http.GetAsync(old);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/kader/samenwerken/", response.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/kader/samenwerken/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/nooit-bestaan/")).StatusCode);
    }

    [Theory]
    [InlineData("[/kader/samenwerken/]", DiagnosticCodes.Content.AliasCollision, "is the URL of a page")]
    [InlineData("[/]", DiagnosticCodes.Content.AliasCollision, "is the URL of a page")]
    [InlineData("[/samenwerken]", DiagnosticCodes.Content.AliasCollision, "already an alias of kader/samenwerken.md (line 4)")]
    [InlineData("[oud/pagina/]", DiagnosticCodes.Content.InvalidAlias, "starts with one '/'")]
    [InlineData("[/oud/../geheim/]", DiagnosticCodes.Content.InvalidAlias, "'..'")]
    [InlineData("[\"/oud pagina/\"]", DiagnosticCodes.Content.InvalidAlias, "no spaces")]
    public void A_bad_or_colliding_alias_is_reported_at_its_own_line(string aliases, string code, string message)
    {
        using var site = new TestSite(Site + $"\n-- over.md --\n---\ntitle: Over\ndescription: Over de site.\naliases:\n  - /over-ons/\n  - {aliases.Trim('[', ']')}\n---\n");
        var d = Assert.Single(site.Check(), d => d.Code == code);
        Assert.Equal(("over.md", 6), (d.File, d.Line));
        Assert.Contains(message, d.Message);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Text.Json;
using OverGrenzen.Model.Urls;

namespace OverGrenzen.Tests.Output;

/// <summary>The offline output: a cache version that follows the build's content, and route sets taken from the model.</summary>
public class OfflineStepTests
{
    private const string Site = TestSite.MinimalBibliography + """

        -- index.md --
        ---
        title: Start
        description: De startpagina.
        ---

        Lees [over ons](page:over).
        -- over.md --
        ---
        title: Over
        description: Over de site.
        ---

        ## Het stuk

        Tekst.
        -- casussen.md --
        ---
        title: Casussen
        description: Oefenen.
        ---
        -- leerroutes/kort.md --
        ---
        type: leerroute
        title: Een korte route
        description: Twee stappen.
        audience: [pabo]
        objectives: [Je leest twee pagina's.]
        steps:
          - ref: page:over#het-stuk
            minutes: 5
            note: Lees het stuk.
          - ref: page:casussen
            minutes: 5
            note: Oefen.
          - ref: page:over
            minutes: 5
            note: Lees het nog eens.
        lecturerNotes: Notities.
        ---
        """;

    [Fact]
    public async Task Two_builds_of_the_same_content_get_the_same_cache_version_and_a_byte_identical_worker()
    {
        using var site = new TestSite(Site);
        Assert.True((await site.BuildAsync()).Succeeded);
        var first = Manifest(site.Output);
        var firstWorker = File.ReadAllBytes(Path.Combine(site.Output, "service-worker.js"));

        var again = Path.Combine(site.Root, "_again");
        Assert.True((await site.BuildAsync(site.Options with { OutputRoot = again })).Succeeded);

        Assert.Equal(first.GetProperty("version").GetString(), Manifest(again).GetProperty("version").GetString());
        Assert.Equal(firstWorker, File.ReadAllBytes(Path.Combine(again, "service-worker.js")));
        Assert.Contains(first.GetProperty("cache").GetString()!, File.ReadAllText(Path.Combine(again, "service-worker.js")));
    }

    [Fact]
    public async Task Changing_one_page_changes_the_cache_version_and_that_page_s_hash_but_not_the_others()
    {
        using var site = new TestSite(Site);
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Manifest(site.Output);

        site.Write("""
            -- over.md --
            ---
            title: Over
            description: Over de site.
            ---

            ## Het stuk

            Andere tekst.
            """);
        Assert.True((await site.BuildAsync()).Succeeded);
        var after = Manifest(site.Output);

        Assert.NotEqual(before.GetProperty("version").GetString(), after.GetProperty("version").GetString());
        Assert.NotEqual(Hash(before, "/over/"), Hash(after, "/over/"));
        Assert.Equal(Hash(before, "/casussen/"), Hash(after, "/casussen/"));
    }

    [Fact]
    public async Task A_route_stores_the_pages_its_steps_point_at_and_the_shell_has_the_offline_page_and_the_theme()
    {
        using var site = new TestSite(Site);
        Assert.True((await site.BuildAsync()).Succeeded);
        var manifest = Manifest(site.Output);

        var route = Assert.Single(manifest.GetProperty("routes").EnumerateArray());
        Assert.Equal("/leerroutes/kort/", route.GetProperty("url").GetString());
        Assert.Equal(["/leerroutes/kort/", "/over/", "/casussen/"], route.GetProperty("pages").EnumerateArray().Select(p => p.GetString()));
        Assert.Empty(route.GetProperty("files").EnumerateArray()); // built without a search index

        var shell = manifest.GetProperty("shell").EnumerateArray().Select(s => s.GetString()).ToArray();
        Assert.Contains(SiteUrls.OfflinePage, shell);
        Assert.Contains(shell, s => s!.StartsWith("/assets/css/site.", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Output, "offline", "index.html")));
        Assert.Contains("Beschikbaar offline", site.ReadOutput("leerroutes/kort/index.html"));

        using var webManifest = JsonDocument.Parse(site.ReadOutput("manifest.webmanifest"));
        Assert.Equal("nl", webManifest.RootElement.GetProperty("lang").GetString());
        Assert.Equal("image/svg+xml", webManifest.RootElement.GetProperty("icons")[0].GetProperty("type").GetString());
        Assert.Contains("rel=\"manifest\"", site.ReadOutput("index.html"));
    }

    private static JsonElement Manifest(string output) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "offline.json"))).RootElement.Clone();

    private static string? Hash(JsonElement manifest, string url) => manifest.GetProperty("files").GetProperty(url)[1].GetString();
}

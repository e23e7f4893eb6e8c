using OverGrenzen.Diagnostics;
using OverGrenzen.Output.Steps;
using OverGrenzen.Pipeline;
using OverGrenzen.Theme;

namespace OverGrenzen.Tests.Seams;

public class EngineSeamsTests
{
    private const string Site = TestSite.MinimalBibliography + """

        -- index.md --
        ---
        title: Start
        description: De start.
        ---

        Kijk [de film](video:uitleg), lees [het transcript](/videos/uitleg/transcript/), haal [de lijst](/downloads/playlist.txt) en [het archief](/archief/site.txt).
        -- videos/uitleg.md --
        ---
        type: video
        title: Uitleg
        description: Een korte film.
        src: uitleg.mp4
        ---

        Over de film.
        """;

    private static BuildOptions WithToys(TestSite site) => site.Options with
    {
        Kinds = SiteKinds.Default.With(ToyKinds.Video),
        Outputs = [.. OutputSteps.Default, new PlaylistStep(), new LaterArchiveStep()],
    };

    [Fact]
    public async Task A_kind_and_output_steps_registered_from_outside_give_a_page_its_variant_and_files_and_the_link_check_knows_them()
    {
        using var site = new TestSite(Site);

        var result = await site.BuildAsync(WithToys(site));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = site.ReadOutput("videos/uitleg/index.html");
        Assert.Contains("Video: uitleg.mp4", page);
        Assert.Contains("data-pagefind-filter=\"type:video\"", page);
        Assert.Contains("data-page-type=\"video\"", page);
        Assert.Contains("Transcript van Uitleg", site.ReadOutput("videos/uitleg/transcript/index.html"));
        Assert.Equal("/videos/uitleg/\n", site.ReadOutput("downloads/playlist.txt"));
        Assert.Equal("archief\n", site.ReadOutput("archief/site.txt"));
        Assert.Contains("href=\"/videos/uitleg/\"", site.ReadOutput("index.html")); // the video: cross-reference resolved
    }

    [Fact]
    public async Task A_skipped_later_step_still_lets_links_into_its_folder_pass_and_writes_nothing()
    {
        using var site = new TestSite(Site);

        var result = await site.BuildAsync(WithToys(site) with { Skipped = new HashSet<string> { "archive", "search" } });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(File.Exists(Path.Combine(site.Output, "archief", "site.txt")));
    }

    [Fact]
    public async Task Without_the_output_step_a_link_to_its_file_is_broken()
    {
        using var site = new TestSite(Site);

        var result = await site.BuildAsync(WithToys(site) with { Outputs = OutputSteps.Default });

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.Output.BrokenLink && d.Message.Contains("/downloads/playlist.txt"));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.Output.BrokenLink && d.Message.Contains("/archief/site.txt"));
    }

    [Fact]
    public void A_type_no_kind_claims_is_an_error_at_its_file_and_line()
    {
        using var site = new TestSite(Site);

        var diagnostics = site.Check();

        var unknown = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.Load.UnknownPageType);
        Assert.Equal("videos/uitleg.md", unknown.File);
        Assert.Equal(2, unknown.Line);
        Assert.Contains("'video'", unknown.Message);
    }

    [Fact]
    public void A_registered_kind_whose_record_cannot_be_read_is_an_error_not_a_dropped_page()
    {
        using var site = new TestSite(Site.Replace("type: video", "type: kapot").Replace("src: uitleg.mp4\n", ""));

        var diagnostics = new BuildPipeline().Check(site.Content, SiteKinds.Default.With(ToyKinds.Unreadable)).Diagnostics;

        var unreadable = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.Load.UnreadableKind);
        Assert.Equal("videos/uitleg.md", unreadable.File);
        Assert.Contains("UnreadablePage", unreadable.Message);
    }

    [Fact]
    public void A_frame_link_that_differs_per_page_is_checked_on_that_page_not_only_on_the_first()
    {
        static global::OverGrenzen.Rendering.RenderedPage Page(string url, string crumb) => new(url, Model.Urls.SiteUrls.OutputPathFor(url),
            $"<html><body><nav><a href=\"/\">Start</a><a href=\"{crumb}\">Kruimel</a></nav><main id=\"inhoud\"><p>Tekst</p></main></body></html>", url.Trim('/') + ".md");
        var processor = new ProcessHtml();
        var pages = new[] { Page("/", "/"), Page("/a/", "/"), Page("/b/", "/bestaat-niet/") }.Select(p => processor.Process(p).Outline).ToArray();
        var diagnostics = new DiagnosticBag();

        new CheckLinks().Run(pages, new HashSet<string>(), [], diagnostics, processor.Frame);

        var broken = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.Output.BrokenLink, broken.Code);
        Assert.Equal("b.md", broken.File);
    }
}

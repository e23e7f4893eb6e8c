using AngleSharp.Html.Parser;

namespace OverGrenzen.Tests.Site;

/// <summary>The real content/ folder is built once, with its search index, for every test class in this collection.</summary>
[CollectionDefinition(Name)]
public sealed class RealContentCollection : ICollectionFixture<RealContentTests.BuiltSite>
{
    public const string Name = "real content";
}

/// <summary>The real content/ folder builds, and every page it produces meets the basic page contract.</summary>
[Collection(RealContentCollection.Name)]
public class RealContentTests
{
    public sealed class BuiltSite : IAsyncLifetime
    {
        public string Output { get; } = Path.Combine(Path.GetTempPath(), "og-real-" + Guid.NewGuid().ToString("N")[..8]);
        public OverGrenzen.Pipeline.BuildResult Result { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Result = await new OverGrenzen.Pipeline.BuildPipeline().BuildAsync(new()
            {
                ContentRoot = Path.Combine(TestSite.RepositoryRoot, "content"),
                OutputRoot = Output,
                Search = true,
            });

        public Task DisposeAsync()
        {
            if (Directory.Exists(Output))
                Directory.Delete(Output, recursive: true);
            return Task.CompletedTask;
        }
    }

    private readonly BuiltSite _site;

    public RealContentTests(BuiltSite site) => _site = site;

    public static IEnumerable<string> Pages(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void The_real_content_builds_without_diagnostics() =>
        Assert.True(_site.Result.Succeeded && _site.Result.Diagnostics.Count == 0, string.Join('\n', _site.Result.Diagnostics));

    [Fact]
    public void Every_page_is_dutch_with_one_h1_a_title_and_a_description()
    {
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var file in Pages(_site.Output))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var name = Path.GetRelativePath(_site.Output, file);
            if (document.DocumentElement.GetAttribute("lang") != "nl") problems.Add($"{name}: lang is not nl");
            if (document.QuerySelectorAll("h1").Length != 1) problems.Add($"{name}: {document.QuerySelectorAll("h1").Length} h1 elements");
            if (string.IsNullOrWhiteSpace(document.Title)) problems.Add($"{name}: no title");
            if (string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content"))) problems.Add($"{name}: no description");
        }
        Assert.Empty(problems);
        Assert.True(Pages(_site.Output).Count() > 80);
    }

    [Fact]
    public async Task Building_the_real_content_again_gives_byte_identical_output_including_the_search_index()
    {
        var again = Path.Combine(Path.GetTempPath(), "og-real-again-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var result = await new OverGrenzen.Pipeline.BuildPipeline().BuildAsync(new()
            {
                ContentRoot = Path.Combine(TestSite.RepositoryRoot, "content"),
                OutputRoot = again,
                Search = true,
            });
            Assert.True(result.Succeeded);
            // Pagefind's filter and meta indexes are the files that varied between runs before 1.6.0.
            Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(again, "pagefind", "filter"), "*.pf_filter"));
            Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(again, "pagefind"), "*.pf_meta"));
            Assert.Equal(OverGrenzen.Tests.Pipeline.BuildTests.Snapshot(_site.Output), OverGrenzen.Tests.Pipeline.BuildTests.Snapshot(again));
        }
        finally
        {
            if (Directory.Exists(again))
                Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public void No_page_has_inline_script_or_style_attributes()
    {
        var parser = new HtmlParser();
        foreach (var file in Pages(_site.Output))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), $"{file}: inline script"));
            Assert.Empty(document.QuerySelectorAll("[style]"));
            Assert.Empty(document.QuerySelectorAll("[onclick], [onload], [onerror]"));
        }
    }
}

using OverGrenzen.Diagnostics;
using OverGrenzen.Pipeline;

namespace OverGrenzen.Tests.Originality;

/// <summary>The copy guard on <c>build --sources</c> and on serve's fast rebuild after a body edit.</summary>
public sealed class CopyGuardInServeTests
{
    private static readonly string SourcesFolder = Path.Combine(AppContext.BaseDirectory, "Originality", "Sources");

    private const string Copy = "In de wijk werken de leerkracht en de gezinscoach elke week samen aan een plan.";

    private static string Over(string body) => $"---\ntitle: Over\ndescription: Over de site.\n---\n\n{body}\n";

    [Fact]
    public async Task A_copy_fails_the_build_and_a_copy_typed_while_serving_fails_the_rebuild()
    {
        using var site = new TestSite(TestSite.MinimalBibliography + "\n-- index.md --\n" + Over("Start.") + "-- over.md --\n" + Over("Eigen woorden."));
        var options = new BuildOptions
        {
            ContentRoot = site.Content, OutputRoot = site.Output, ThemeAssetsRoot = TestSite.ThemeAssets, Search = false,
            SourcesRoot = SourcesFolder,
        };
        var first = await new BuildPipeline().BuildAsync(options);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));

        var page = Path.Combine(site.Content, "over.md");
        File.WriteAllText(page, Over(Copy));
        var rebuilt = await new RebuildChangedPages(options).TryRunAsync(first.Snapshot!, [page]);

        Assert.NotNull(rebuilt);
        Assert.False(rebuilt!.Succeeded);
        var finding = Assert.Single(rebuilt.Diagnostics);
        Assert.Equal((DiagnosticCodes.Originality.SharedWithSource, "over.md", 6), (finding.Code, finding.File, finding.Line));

        var full = await new BuildPipeline().BuildAsync(options);
        Assert.False(full.Succeeded);
        Assert.Contains(full.Diagnostics, d => d.Code == DiagnosticCodes.Originality.SharedWithSource && d.File == "over.md");
    }
}

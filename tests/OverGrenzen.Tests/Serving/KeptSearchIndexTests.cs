namespace OverGrenzen.Tests.Serving;

/// <summary>serve builds without search and keeps the last index until its new one is swapped in; build does not.</summary>
public sealed class KeptSearchIndexTests
{
    [Fact]
    public async Task A_build_without_search_keeps_the_previous_index_only_when_asked()
    {
        using var site = new TestSite(TestSite.MinimalBibliography + "\n-- index.md --\n---\ntitle: Start\ndescription: De start.\n---\n\nWelkom.\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        var index = Path.Combine(site.Output, "pagefind", "pagefind.js");
        Directory.CreateDirectory(Path.GetDirectoryName(index)!);
        File.WriteAllText(index, "// the previous index");

        Assert.True((await site.BuildAsync(site.Options with { KeepSkippedOutputs = true })).Succeeded);
        Assert.Equal("// the previous index", File.ReadAllText(index));

        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.False(File.Exists(index));
    }
}

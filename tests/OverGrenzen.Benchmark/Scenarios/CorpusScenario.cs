using OverGrenzen.Benchmark.Corpus;
using OverGrenzen.Benchmark.Reporting;
using OverGrenzen.Benchmark.Tools;

namespace OverGrenzen.Benchmark.Scenarios;

/// <summary>
/// One synthetic corpus: generate it, check that both tools build it (untimed; our build prints its
/// per-stage timings with <c>-v</c>), then time the tools with the output on disk and on the RAM disk.
/// </summary>
public sealed class CorpusScenario(Repository repository, OurGenerator ours, Hugo? hugo, BuildRuns builds, TimeSpan timeout)
{
    /// <summary>Runs the scenario for a corpus of <paramref name="pages"/> pages under <paramref name="workFolder"/>.</summary>
    public async Task<IReadOnlyList<ResultRow>> RunAsync(int pages, string workFolder)
    {
        var site = $"corpus {Format.Count(pages)}";
        var folder = Path.Combine(workFolder, $"corpus-{pages}");
        Console.WriteLine($"== {site}");

        var corpus = CorpusGenerator.Write(Path.Combine(folder, "content"), pages);
        repository.LinkThemeBeside(corpus.ContentRoot);
        var files = corpus.Layout.MarkdownFiles;
        Console.WriteLine($"  wrote {Format.Count(files)} Markdown files ({Format.Bytes(corpus.Bytes)}) to {corpus.ContentRoot}; " +
                          $"seed {CorpusGenerator.DefaultSeed}, SHA-256 {corpus.Sha256[..16]}…");

        await CheckOursAsync(corpus.ContentRoot, Path.Combine(folder, "check"));
        var hugoSite = hugo is null ? null : await CheckHugoAsync(hugo, corpus.ContentRoot, folder);

        var rows = new List<ResultRow>();
        foreach (var location in OutputLocation.All(folder))
            rows.AddRange(await builds.MeasureAsync(site, files, corpus.ContentRoot, hugoSite, location));
        return rows;
    }

    private async Task CheckOursAsync(string contentRoot, string output)
    {
        var check = (await ours.BuildAsync(contentRoot, output, timeout, verbose: true)).EnsureSucceeded("build --no-search -v on the corpus");
        Console.WriteLine($"  check: our build succeeds; its stages (build -v, cold, {Format.Duration(check.Wall)} wall):");
        foreach (var line in check.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            Console.WriteLine("    " + line.Trim());
        Directory.Delete(output, recursive: true);
    }

    private async Task<HugoSite> CheckHugoAsync(Hugo hugo, string contentRoot, string folder)
    {
        var site = HugoSite.Create(Path.Combine(folder, "hugo"), contentRoot);
        var output = Path.Combine(folder, "hugo-check");
        var check = (await hugo.BuildAsync(site, output, timeout)).EnsureSucceeded("hugo on the corpus");
        var expected = Path.Combine(output, "map-1", "pagina-1", "index.html");
        if (!File.Exists(expected))
            throw new InvalidOperationException($"Hugo succeeded but did not write {expected}:\n{check.Output}");
        Console.WriteLine($"  check: Hugo builds it too ({Format.Count(Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count())} HTML files)");
        Directory.Delete(output, recursive: true);
        return site;
    }
}

using OverGrenzen.Benchmark.Reporting;
using OverGrenzen.Benchmark.Tools;

namespace OverGrenzen.Benchmark.Scenarios;

/// <summary>The real site (<c>content/</c>, read only): cold builds and the search index, output on disk. No Hugo: it cannot read the typed content.</summary>
public sealed class RealContentScenario(Repository repository, BuildRuns builds)
{
    /// <summary>Runs the scenario; outputs go under <paramref name="workFolder"/>.</summary>
    public async Task<IReadOnlyList<ResultRow>> RunAsync(string workFolder)
    {
        Console.WriteLine("== content/ (the real site)");
        var pages = Directory.EnumerateFiles(repository.Content, "*.md", SearchOption.AllDirectories).Count();
        var disk = OutputLocation.All(Path.Combine(workFolder, "real"))[0];
        return await builds.MeasureAsync("content/", pages, repository.Content, hugoSite: null, disk);
    }
}

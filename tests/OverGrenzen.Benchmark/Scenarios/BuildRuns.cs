using OverGrenzen.Benchmark.Measuring;
using OverGrenzen.Benchmark.Reporting;
using OverGrenzen.Benchmark.Tools;

namespace OverGrenzen.Benchmark.Scenarios;

/// <summary>
/// Times full builds of one site into one output location. Every run starts with an empty output folder
/// (deleted untimed) and runs, one after the other: our build with <c>--no-search</c>; Pagefind on that
/// output (the search part of a full build); Hugo, when there is a Hugo site; the Markdig floor. Interleaving
/// the tools run by run keeps slow drift of the machine from favouring one of them.
/// </summary>
public sealed class BuildRuns(OurGenerator ours, Pagefind? pagefind, Hugo? hugo, MarkdigFloor floor, int runs, TimeSpan timeout)
{
    /// <summary>Measures and returns one row per tool; our row carries the ratio to Hugo's.</summary>
    public async Task<IReadOnlyList<ResultRow>> MeasureAsync(string site, int pages, string contentRoot, HugoSite? hugoSite, OutputLocation location)
    {
        Console.WriteLine($"  output on {location.Name}: {location.Root}");
        var slug = string.Concat(site.Where(char.IsLetterOrDigit));
        var ourRuns = new Series($"{site}, ours (build --no-search)");
        var searchRuns = new Series($"{site}, Pagefind");
        var hugoRuns = new Series($"{site}, Hugo");
        var floorRuns = new Series($"{site}, Markdig floor");
        FolderSize? ourSize = null, searchSize = null, hugoSize = null, floorSize = null;

        for (var run = 0; run < runs; run++)
        {
            var output = location.Clean(slug + "-ours");
            ourRuns.Add(await ours.BuildAsync(contentRoot, output, timeout));
            ourSize = FolderSize.Of(output);
            if (pagefind is not null)
            {
                searchRuns.Add(await pagefind.IndexAsync(output, timeout));
                searchSize = FolderSize.Of(Path.Combine(output, "pagefind"));
            }
            if (hugo is not null && hugoSite is not null)
            {
                output = location.Clean(slug + "-hugo");
                hugoRuns.Add(await hugo.BuildAsync(hugoSite, output, timeout));
                hugoSize = FolderSize.Of(output);
            }
            output = location.Clean(slug + "-floor");
            floorRuns.Add(await floor.ConvertAsync(contentRoot, output, timeout));
            floorSize = FolderSize.Of(output);
        }
        location.Remove();

        var ourRow = ResultRow.From(site, pages, location.Name, "Over grenzen", ourRuns, ourSize);
        var rows = new List<ResultRow>();
        if (hugoRuns.Count > 0)
        {
            var hugoRow = ResultRow.From(site, pages, location.Name, "Hugo", hugoRuns, hugoSize);
            rows.Add(ourRow.ComparedWith(hugoRow));
            rows.Add(hugoRow);
        }
        else
            rows.Add(ourRow);
        rows.Add(ResultRow.From(site, pages, location.Name, "Markdig floor (parallel ToHtml)", floorRuns, floorSize));
        if (searchRuns.Count > 0)
            rows.Add(ResultRow.From(site, pages, location.Name, "Pagefind (search index)", searchRuns, searchSize));
        return rows;
    }
}

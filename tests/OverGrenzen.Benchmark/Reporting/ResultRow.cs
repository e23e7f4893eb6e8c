using OverGrenzen.Benchmark.Measuring;

namespace OverGrenzen.Benchmark.Reporting;

/// <summary>One line of the results table: one tool on one site, output on one file system.</summary>
/// <param name="Pages">Markdown files in the site (what pages per second counts).</param>
/// <param name="Output">What the tool wrote, or null when not measured.</param>
/// <param name="VersusHugo">Our median time and peak RSS divided by Hugo's on the same site and output, when there is a Hugo row.</param>
public sealed record ResultRow(
    string Site,
    int Pages,
    string Location,
    string Tool,
    int Runs,
    TimeSpan Median,
    TimeSpan Fastest,
    TimeSpan Slowest,
    long? PeakRss,
    FolderSize? Output,
    (double Time, double? Memory)? VersusHugo = null)
{
    /// <summary>Markdown files per second of median wall time.</summary>
    public double PagesPerSecond => Pages / Median.TotalSeconds;

    /// <summary>A row from a series of runs.</summary>
    public static ResultRow From(string site, int pages, string location, string tool, Series series, FolderSize? output) =>
        new(site, pages, location, tool, series.Count, series.Median, series.Fastest, series.Slowest, series.PeakRss, output);

    /// <summary>This row with its ratio to <paramref name="hugo"/>.</summary>
    public ResultRow ComparedWith(ResultRow hugo) => this with
    {
        VersusHugo = (Median / hugo.Median, PeakRss is { } ours && hugo.PeakRss is { } theirs ? (double)ours / theirs : null),
    };
}

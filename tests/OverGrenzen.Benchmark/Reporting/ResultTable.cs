namespace OverGrenzen.Benchmark.Reporting;

/// <summary>The results as a Markdown table, ready to paste into the README.</summary>
public static class ResultTable
{
    /// <summary>Writes the build rows.</summary>
    public static void Write(TextWriter output, IEnumerable<ResultRow> rows)
    {
        output.WriteLine("| site | pages | output on | tool | runs | median wall | fastest–slowest | pages/s | peak RSS | output | files | time ours/Hugo | RSS ours/Hugo |");
        output.WriteLine("| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            output.WriteLine(
                $"| {row.Site} | {Format.Count(row.Pages)} | {row.Location} | {row.Tool} | {row.Runs} | {Format.Duration(row.Median)} | " +
                $"{Format.Duration(row.Fastest)}–{Format.Duration(row.Slowest)} | " +
                $"{Format.Rate(row.PagesPerSecond)} | {Format.Bytes(row.PeakRss)} | {Format.Bytes(row.Output?.Bytes)} | " +
                $"{(row.Output is { } o ? Format.Count(o.Files) : "n/a")} | {Format.Ratio(row.VersusHugo?.Time)} | {Format.Ratio(row.VersusHugo?.Memory)} |");
        }
    }
}

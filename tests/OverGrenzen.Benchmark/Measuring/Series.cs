using OverGrenzen.Benchmark.Reporting;

namespace OverGrenzen.Benchmark.Measuring;

/// <summary>The runs of one command on one site, printed as they come in.</summary>
public sealed class Series(string label)
{
    private readonly List<Measurement> _runs = [];

    /// <summary>How many runs were added.</summary>
    public int Count => _runs.Count;

    /// <summary>The median wall time.</summary>
    public TimeSpan Median => Stats.Median(_runs.Select(r => r.Wall).ToArray());

    /// <summary>The fastest run.</summary>
    public TimeSpan Fastest => _runs.Min(r => r.Wall);

    /// <summary>The slowest run.</summary>
    public TimeSpan Slowest => _runs.Max(r => r.Wall);

    /// <summary>The highest peak RSS over all runs, or null if none could be read.</summary>
    public long? PeakRss => _runs.Max(r => r.PeakRssBytes);

    /// <summary>Records a successful run (throws on failure) and prints it.</summary>
    public void Add(Measurement run)
    {
        run.EnsureSucceeded(label);
        _runs.Add(run);
        Console.WriteLine($"    {label,-36} run {_runs.Count}: {run.Wall.TotalSeconds,7:0.000} s  {Format.Bytes(run.PeakRssBytes),10}");
    }
}

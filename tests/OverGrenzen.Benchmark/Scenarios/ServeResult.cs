using OverGrenzen.Benchmark.Measuring;

namespace OverGrenzen.Benchmark.Scenarios;

/// <summary>The edits of the serve scenario.</summary>
/// <param name="SaveToOutput">From the save to the moment the page's output file contains the new sentence.</param>
/// <param name="ServerRebuild">What serve itself reported per rebuild ("Rebuilt … in N ms"): the build, without detection and debounce.</param>
public sealed record ServeResult(string Page, IReadOnlyList<TimeSpan> SaveToOutput, IReadOnlyList<TimeSpan> ServerRebuild)
{
    /// <summary>Median save-to-output time.</summary>
    public TimeSpan Median => Stats.Median(SaveToOutput.ToArray());

    /// <summary>Slowest save-to-output time.</summary>
    public TimeSpan Max => SaveToOutput.Max();
}

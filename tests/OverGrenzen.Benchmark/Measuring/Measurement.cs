namespace OverGrenzen.Benchmark.Measuring;

/// <summary>One finished child process: its wall time, its peak resident memory and what it printed.</summary>
/// <param name="PeakRssBytes">The child's peak resident set size, or null when it could not be read.</param>
public sealed record Measurement(TimeSpan Wall, long? PeakRssBytes, int ExitCode, string Output, string Errors)
{
    /// <summary>True when the process exited with 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>Throws with everything the process printed unless it succeeded.</summary>
    public Measurement EnsureSucceeded(string what) => Succeeded
        ? this
        : throw new InvalidOperationException($"{what} failed (exit {ExitCode}):\n{Errors}\n{Output}");
}

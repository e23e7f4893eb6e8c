using System.Diagnostics;

namespace OverGrenzen.Benchmark.Measuring;

/// <summary>
/// Runs a program once as a fresh process and measures it from the outside: wall time from start to exit
/// (a <see cref="Stopwatch"/> around the whole process), and peak RSS from GNU time's <c>%M</c> (the
/// kernel's <c>ru_maxrss</c> for the child). Without <c>/usr/bin/time</c>, it polls
/// <c>/proc/&lt;pid&gt;/status</c> VmHWM every few milliseconds instead, which can miss a last, short peak.
/// </summary>
public static class TimedProcess
{
    private const string GnuTime = "/usr/bin/time";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>How peak memory is read, for the report.</summary>
    public static string MemorySource => File.Exists(GnuTime) ? "GNU time %M (ru_maxrss)" : "polled /proc/<pid>/status VmHWM";

    /// <summary>Runs <paramref name="file"/> with <paramref name="arguments"/>; kills it and throws after <paramref name="timeout"/>.</summary>
    public static async Task<Measurement> RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var rssFile = File.Exists(GnuTime) ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo(rssFile is null ? file : GnuTime)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        if (rssFile is not null)
            foreach (var argument in new[] { "-f", "%M", "-o", rssFile, file })
                start.ArgumentList.Add(argument);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        try
        {
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            var polled = rssFile is null ? PollPeakAsync(process) : Task.FromResult<long?>(null);
            using var deadline = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} took longer than {timeout}; stopped.");
            }
            var wall = clock.Elapsed;
            var peak = rssFile is null ? await polled : ReadGnuTime(rssFile);
            return new Measurement(wall, peak, process.ExitCode, await output, await errors);
        }
        finally
        {
            if (rssFile is not null)
                File.Delete(rssFile);
        }
    }

    /// <summary>GNU time writes "%M" (KiB) as the last line, after a note when the command failed.</summary>
    private static long? ReadGnuTime(string file)
    {
        var last = File.ReadAllLines(file).LastOrDefault(l => l.Length > 0);
        return long.TryParse(last, out var kib) ? kib * 1024 : null;
    }

    private static async Task<long?> PollPeakAsync(Process process)
    {
        long? peak = null;
        while (!process.HasExited)
        {
            peak = ProcStatus.HighWaterMark(process.Id) ?? peak;
            await Task.Delay(PollInterval);
        }
        return peak;
    }
}

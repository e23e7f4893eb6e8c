using System.Diagnostics;

namespace OverGrenzen.Benchmark.Measuring;

/// <summary>Collects the lines a long-running process prints (stdout and stderr) and waits for one to appear.</summary>
public sealed class ProcessLog
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);
    private readonly List<string> _lines = [];

    /// <summary>Starts reading; call right after <see cref="Process.Start()"/>, with both streams redirected.</summary>
    public ProcessLog(Process process)
    {
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>A copy of every line so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
                return _lines.ToArray();
        }
    }

    /// <summary>Waits until <paramref name="count"/> lines match <paramref name="match"/>; throws after <paramref name="timeout"/>.</summary>
    public async Task WaitForAsync(Func<string, bool> match, int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (Lines.Count(match) < count)
        {
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"Waited {timeout} for the process to print the expected line. It printed:\n{string.Join('\n', Lines)}");
            await Task.Delay(Poll);
        }
    }

    private void Add(string? line)
    {
        if (line is null)
            return;
        lock (_lines)
            _lines.Add(line);
    }
}

using System.Diagnostics;
using OverGrenzen.Benchmark.Measuring;

namespace OverGrenzen.Benchmark.Tools;

/// <summary>
/// This generator, run as users run it: the Release build of <c>src/OverGrenzen</c>, started with
/// <c>dotnet OverGrenzen.dll</c> as a new process each time (so every build is cold: start-up, JIT and all).
/// </summary>
public sealed class OurGenerator(Repository repository)
{
    private string Project => Path.Combine(repository.Root, "src", "OverGrenzen", "OverGrenzen.csproj");

    /// <summary>The compiled program; valid after <see cref="CompileAsync"/>.</summary>
    public string Dll { get; private set; } = "";

    /// <summary><c>dotnet build -c Release src/OverGrenzen</c>, once, untimed.</summary>
    public async Task CompileAsync()
    {
        (await TimedProcess.RunAsync("dotnet", ["build", "-c", "Release", Project, "--nologo", "-v", "quiet"], TimeSpan.FromMinutes(10)))
            .EnsureSucceeded("dotnet build -c Release src/OverGrenzen");
        Dll = Directory.EnumerateFiles(Path.Combine(repository.Root, "src", "OverGrenzen", "bin", "Release"), "OverGrenzen.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .First();
    }

    /// <summary><c>build --content … --output … --no-search</c> (and <c>-v</c> for per-stage timings).</summary>
    public Task<Measurement> BuildAsync(string contentRoot, string outputRoot, TimeSpan timeout, bool verbose = false) =>
        TimedProcess.RunAsync("dotnet",
            [Dll, "build", "--content", contentRoot, "--output", outputRoot, "--no-search", .. verbose ? new[] { "-v" } : []],
            timeout);

    /// <summary>How to start <c>serve</c>; the caller owns the process.</summary>
    public ProcessStartInfo Serve(string contentRoot, string outputRoot, int port)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Dll, "serve", "--content", contentRoot, "--output", outputRoot, "--port", port.ToString() })
            start.ArgumentList.Add(argument);
        return start;
    }
}

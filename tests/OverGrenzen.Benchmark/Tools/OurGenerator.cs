using System.Diagnostics;
using OverGrenzen.Benchmark.Measuring;

namespace OverGrenzen.Benchmark.Tools;

/// <summary>
/// This generator as it ships: <c>src/OverGrenzen</c> published (Release, native or ReadyToRun), started as a new process
/// each time (so every build is cold: start-up, loading and all).
/// </summary>
public sealed class OurGenerator(Repository repository)
{
    private string Project => Path.Combine(repository.Root, "src", "OverGrenzen", "OverGrenzen.csproj");

    /// <summary>The published program's launcher; valid after <see cref="CompileAsync"/>.</summary>
    public string Executable { get; private set; } = "";

    /// <summary><c>dotnet publish -c Release</c> of src/OverGrenzen into <paramref name="workFolder"/>, once, untimed.</summary>
    public async Task CompileAsync(string workFolder, ProgramForm form, bool serverGc) =>
        Executable = (await PublishedProgram.PublishAsync(Project, Path.Combine(workFolder, "program", serverGc ? "over-grenzen-server-gc" : "over-grenzen"), form, serverGc)).Executable;

    /// <summary><c>build --content … --output … --no-search</c> (and <c>-v</c> for per-stage timings).</summary>
    public Task<Measurement> BuildAsync(string contentRoot, string outputRoot, TimeSpan timeout, bool verbose = false) =>
        TimedProcess.RunAsync(Executable,
            ["build", "--content", contentRoot, "--output", outputRoot, "--no-search", .. verbose ? new[] { "-v" } : []],
            timeout);

    /// <summary>How to start <c>serve</c>; the caller owns the process.</summary>
    public ProcessStartInfo Serve(string contentRoot, string outputRoot, int port)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "serve", "--content", contentRoot, "--output", outputRoot, "--port", port.ToString() })
            start.ArgumentList.Add(argument);
        return start;
    }
}

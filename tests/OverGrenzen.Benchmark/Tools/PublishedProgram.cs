using System.Runtime.InteropServices;
using OverGrenzen.Benchmark.Measuring;

namespace OverGrenzen.Benchmark.Tools;

/// <summary>
/// A project of this repository as it ships: <c>dotnet publish -c Release -r &lt;this machine&gt;</c> into the work
/// folder, precompiled (ReadyToRun, set in the project), started through its own launcher as a new process.
/// </summary>
public sealed class PublishedProgram
{
    private PublishedProgram(string executable) => Executable = executable;

    /// <summary>The launcher (<c>OverGrenzen</c>, <c>OverGrenzen.MarkdigFloor</c>) in the publish folder.</summary>
    public string Executable { get; }

    /// <summary>Publishes <paramref name="project"/> (untimed) into <paramref name="folder"/>.</summary>
    public static async Task<PublishedProgram> PublishAsync(string project, string folder)
    {
        var runtime = RuntimeInformation.RuntimeIdentifier;
        (await TimedProcess.RunAsync("dotnet",
                ["publish", project, "-c", "Release", "-r", runtime, "--self-contained", "false", "-o", folder, "--nologo", "-v", "quiet"],
                TimeSpan.FromMinutes(10)))
            .EnsureSucceeded($"dotnet publish {Path.GetFileName(project)} -r {runtime}");
        return new PublishedProgram(Path.Combine(folder, Path.GetFileNameWithoutExtension(project)));
    }
}

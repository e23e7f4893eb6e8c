using System.Runtime.InteropServices;
using OverGrenzen.Benchmark.Measuring;

namespace OverGrenzen.Benchmark.Tools;

/// <summary>
/// A project of this repository as it ships: <c>dotnet publish -c Release -r &lt;this machine&gt;</c> into the work
/// folder, either as a native program (<c>-p:PublishAot=true</c>) or precompiled for the JIT (ReadyToRun, set in the
/// project), started through its own launcher as a new process.
/// </summary>
public sealed class PublishedProgram
{
    private PublishedProgram(string executable) => Executable = executable;

    /// <summary>The launcher (<c>OverGrenzen</c>, <c>OverGrenzen.MarkdigFloor</c>) in the publish folder.</summary>
    public string Executable { get; }

    /// <summary>Publishes <paramref name="project"/> (untimed) into <paramref name="folder"/>.</summary>
    /// <param name="form">Native AOT or ReadyToRun. Each form gets intermediate files of its own (next to
    /// <paramref name="folder"/>), because the two do not share the project's <c>obj</c> folder safely.</param>
    /// <param name="serverGc">Server GC (one heap and one collector thread per core) instead of the default workstation GC.</param>
    public static async Task<PublishedProgram> PublishAsync(string project, string folder, ProgramForm form, bool serverGc = false)
    {
        var runtime = RuntimeInformation.RuntimeIdentifier;
        string[] formArguments = form == ProgramForm.NativeAot ? ["-p:PublishAot=true"] : ["--self-contained", "false"];
        if (serverGc)
            formArguments = [.. formArguments, "-p:ServerGarbageCollection=true"];
        (await TimedProcess.RunAsync("dotnet",
                ["publish", project, "-c", "Release", "-r", runtime, .. formArguments, "--artifacts-path", folder + ".build",
                    "-o", folder, "--nologo", "-v", "quiet"],
                TimeSpan.FromMinutes(15)))
            .EnsureSucceeded($"dotnet publish {Path.GetFileName(project)} -r {runtime} ({form})");
        return new PublishedProgram(Path.Combine(folder, Path.GetFileNameWithoutExtension(project)));
    }
}

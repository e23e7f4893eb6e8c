using OverGrenzen.Benchmark.Measuring;

namespace OverGrenzen.Benchmark.Tools;

/// <summary>
/// Hugo, for comparison, with a minimal site (see <see cref="HugoSite"/>) over the same Markdown files.
/// </summary>
public sealed class Hugo
{
    private Hugo(string version) => Version = version;

    /// <summary>The first line of <c>hugo version</c>.</summary>
    public string Version { get; }

    /// <summary>Hugo from PATH, or null when it is not installed (<c>apt-get install -y hugo</c>).</summary>
    public static async Task<Hugo?> LocateAsync()
    {
        try
        {
            var version = await TimedProcess.RunAsync("hugo", ["version"], TimeSpan.FromSeconds(30));
            return version.Succeeded ? new Hugo(version.Output.Trim()) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary><c>hugo --source … --destination …</c>: a full build into an empty folder.</summary>
    public Task<Measurement> BuildAsync(HugoSite site, string outputRoot, TimeSpan timeout) =>
        TimedProcess.RunAsync("hugo", ["--source", site.Root, "--destination", Path.GetFullPath(outputRoot)], timeout);
}

using OverGrenzen.Benchmark.Measuring;

namespace OverGrenzen.Benchmark.Tools;

/// <summary>
/// The search indexer the generator runs after writing (unless <c>--no-search</c>): the Pagefind binary from
/// <c>theme/node_modules/@pagefind/*/bin/</c>, called with the generator's arguments and working folder,
/// so its time is the search part of a full build.
/// </summary>
public sealed class Pagefind(Repository repository, string binary)
{
    /// <summary>The installed binary, or null (run <c>npm ci</c> in theme/, or one full build, to install it).</summary>
    public static Pagefind? Locate(Repository repository)
    {
        var packages = Path.Combine(repository.Theme, "node_modules", "@pagefind");
        if (!Directory.Exists(packages))
            return null;
        var binary = Directory.EnumerateFiles(packages, "pagefind*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "bin" && Path.GetExtension(f) is "" or ".exe")
            .OrderBy(f => Path.GetFileName(f).Contains("extended", StringComparison.Ordinal) ? 0 : 1)
            .FirstOrDefault();
        return binary is null ? null : new Pagefind(repository, binary);
    }

    /// <summary>Writes the index into <c>&lt;site&gt;/pagefind/</c>.</summary>
    public Task<Measurement> IndexAsync(string siteRoot, TimeSpan timeout) =>
        TimedProcess.RunAsync(binary, ["--site", Path.GetFullPath(siteRoot), "--output-subdir", "pagefind", "--quiet"], timeout, repository.Theme);

    /// <summary><c>pagefind --version</c>.</summary>
    public async Task<string> VersionAsync() =>
        (await TimedProcess.RunAsync(binary, ["--version"], TimeSpan.FromSeconds(30))).Output.Trim();
}

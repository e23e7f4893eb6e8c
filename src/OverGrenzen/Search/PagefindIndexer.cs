using System.Diagnostics;

namespace OverGrenzen.Search;

/// <summary>
/// Runs Pagefind over the finished HTML. Pagefind comes from npm (its binary ships inside the
/// platform package), installed into <c>theme/node_modules</c> on first use; the binary is called
/// directly, which saves Node's start-up.
/// </summary>
public sealed class PagefindIndexer(string themeRoot, TextWriter log)
{
    // One install or index run at a time in a process: builds in tests must not install into the same
    // folder together, and serve's background runs after quick saves must not write one index together.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>The URL folder the index is written to.</summary>
    public const string OutputFolder = "/pagefind/";

    /// <summary>Indexes the HTML under <paramref name="siteRoot"/> into its <c>pagefind/</c> folder, or into <paramref name="outputPath"/> when given.</summary>
    public async Task IndexAsync(string siteRoot, string? outputPath = null, CancellationToken cancellation = default)
    {
        await OneAtATime.WaitAsync(cancellation);
        try
        {
            var binary = FindBinary() ?? await InstallAsync(cancellation);
            // lang="nl" on every page makes Pagefind index with its Dutch stemmer.
            // Absolute paths: Pagefind runs in the theme folder, where a relative site path means something else.
            string[] output = outputPath is null ? ["--output-subdir", OutputFolder.Trim('/')] : ["--output-path", Path.GetFullPath(outputPath)];
            await RunAsync(binary, ["--site", Path.GetFullPath(siteRoot), .. output, "--quiet"], themeRoot, cancellation);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private string? FindBinary()
    {
        var packages = Path.Combine(themeRoot, "node_modules", "@pagefind");
        if (!Directory.Exists(packages))
            return null;
        return Directory.EnumerateFiles(packages, "pagefind*", SearchOption.AllDirectories)
            .Where(f => Path.GetDirectoryName(f)!.EndsWith("bin", StringComparison.Ordinal))
            .Where(f => Path.GetExtension(f) is "" or ".exe")
            .OrderBy(f => Path.GetFileName(f).Contains("extended", StringComparison.Ordinal) ? 0 : 1)
            .FirstOrDefault();
    }

    private async Task<string> InstallAsync(CancellationToken cancellation)
    {
        log.WriteLine("Installing the search indexer (npm ci in theme/)…");
        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        var hasLock = File.Exists(Path.Combine(themeRoot, "package-lock.json"));
        await RunAsync(npm, hasLock ? ["ci", "--no-audit", "--no-fund"] : ["install", "--no-audit", "--no-fund"], themeRoot, cancellation);
        return FindBinary() ?? throw new InvalidOperationException(
            "npm installed Pagefind, but its binary for this platform was not found under theme/node_modules/@pagefind.");
    }

    private static async Task RunAsync(string file, string[] arguments, string workingDirectory, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var errors = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} failed (exit {process.ExitCode}):\n{await errors}{await output}");
    }
}

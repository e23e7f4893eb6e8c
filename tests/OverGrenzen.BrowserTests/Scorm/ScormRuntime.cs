using System.Diagnostics;

namespace OverGrenzen.BrowserTests.Scorm;

/// <summary>
/// scorm-again's SCORM 1.2 runtime for the tests, installed from npm into this test folder (npm ci, pinned by its
/// package-lock.json) the first time a test needs it: no manual step.
/// </summary>
public static class ScormRuntime
{
    private static readonly Lazy<Task<string>> Installed = new(InstallAsync);

    /// <summary>The path of <c>scorm12.js</c> (defines <c>Scorm12API</c> on the window).</summary>
    public static Task<string> ScriptAsync() => Installed.Value;

    private static async Task<string> InstallAsync()
    {
        var folder = Path.Combine(SiteFixture.RepositoryRoot(), "tests", "OverGrenzen.BrowserTests", "Scorm");
        var script = Path.Combine(folder, "node_modules", "scorm-again", "dist", "scorm12.js");
        if (File.Exists(script))
            return script;
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started; install Node.js 20+.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || !File.Exists(script))
            throw new InvalidOperationException($"npm ci in {folder} failed:\n{await output}\n{errors}");
        return script;
    }
}

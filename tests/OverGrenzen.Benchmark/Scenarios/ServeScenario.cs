using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using OverGrenzen.Benchmark.Measuring;
using OverGrenzen.Benchmark.Reporting;
using OverGrenzen.Benchmark.Tools;

namespace OverGrenzen.Benchmark.Scenarios;

/// <summary>
/// How long <c>serve</c> takes to show an edit: on a copy of the real content (the real one is never touched),
/// start the server, wait for "Serving", then <see cref="Edits"/> times append a sentence to one page and poll
/// its output file every 5 ms until the sentence is there. Between edits it waits until the server has no
/// child process (serve re-indexes search with Pagefind in the background after each rebuild), so every edit
/// meets an idle server. The server's process tree is killed at the end.
/// </summary>
public sealed partial class ServeScenario(Repository repository, OurGenerator ours)
{
    /// <summary>The page that is edited (in the copy), and its output file.</summary>
    public const string EditedPage = "kader/jazzorkest.md";

    private const string EditedOutput = "kader/jazzorkest/index.html";

    /// <summary>How many edits are measured.</summary>
    public const int Edits = 10;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Runs the scenario in <c>&lt;workFolder&gt;/serve</c>.</summary>
    public async Task<ServeResult> RunAsync(string workFolder)
    {
        Console.WriteLine("== serve: save → rebuilt page on disk");
        var folder = Path.Combine(workFolder, "serve");
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        var content = Path.Combine(folder, "content");
        CopyFolder(repository.Content, content);
        repository.LinkThemeBeside(content);
        var page = Path.Combine(content, EditedPage);
        var html = Path.Combine(folder, "out", EditedOutput);

        using var server = Process.Start(ours.Serve(content, Path.Combine(folder, "out"), FreePort()))
                           ?? throw new InvalidOperationException("Could not start serve.");
        var log = new ProcessLog(server);
        try
        {
            await log.WaitForAsync(l => l.StartsWith("Serving", StringComparison.Ordinal), 1, Patience);
            var samples = new List<TimeSpan>();
            for (var edit = 1; edit <= Edits; edit++)
            {
                await WaitUntilIdleAsync(server.Id);
                var sentence = $"Benchmarkzin nummer {edit} is toegevoegd om de herbouwtijd te meten.";
                var clock = Stopwatch.StartNew();
                await File.AppendAllTextAsync(page, $"\n{sentence}\n");
                while (!Contains(html, sentence))
                {
                    if (clock.Elapsed > Patience)
                        throw new TimeoutException($"The output never showed edit {edit}. serve printed:\n{string.Join('\n', log.Lines)}");
                    await Task.Delay(Poll);
                }
                samples.Add(clock.Elapsed);
                await log.WaitForAsync(l => l.StartsWith("Rebuilt", StringComparison.Ordinal), edit, Patience);
                Console.WriteLine($"    edit {edit,2}: {Format.Duration(samples[^1])} (serve says: {log.Lines.Last(l => l.StartsWith("Rebuilt", StringComparison.Ordinal))})");
            }
            await WaitUntilIdleAsync(server.Id);
            ReportProblems(log);
            return new ServeResult(EditedPage, samples, log.Lines.Select(l => RebuildTime().Match(l))
                .Where(m => m.Success).Select(m => TimeSpan.FromMilliseconds(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))).ToArray());
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    /// <summary>Waits for a background Pagefind run (a child of serve) to start and finish, if there is one.</summary>
    private static async Task WaitUntilIdleAsync(int serverPid)
    {
        var clock = Stopwatch.StartNew();
        // The indexer starts just after "Rebuilt …" is printed; give it a moment to appear.
        while (ProcStatus.Children(serverPid).Count == 0 && clock.Elapsed < TimeSpan.FromMilliseconds(500))
            await Task.Delay(Poll);
        while (ProcStatus.Children(serverPid).Count > 0 && clock.Elapsed < Patience)
            await Task.Delay(Poll);
    }

    private static bool Contains(string file, string text)
    {
        try
        {
            return File.ReadAllText(file).Contains(text, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false; // mid-swap: the output folder is being replaced
        }
    }

    private static void ReportProblems(ProcessLog log)
    {
        foreach (var line in log.Lines.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase) || l.Contains("failed", StringComparison.OrdinalIgnoreCase)))
            Console.WriteLine($"    serve printed: {line}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^Rebuilt .* in (\d+) ms\.?$")]
    private static partial Regex RebuildTime();
}

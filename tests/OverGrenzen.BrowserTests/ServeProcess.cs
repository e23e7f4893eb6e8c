using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OverGrenzen.BrowserTests;

/// <summary>
/// The real program running <c>serve</c> as a content author starts it: in a copy of the repository, from its
/// root, with no options but a port, so the output goes to the default, relative <c>_site</c>. The program is
/// the build this test project references (the same as <c>dotnet run --project src/OverGrenzen -- serve</c>,
/// without building it again). Everything it prints is kept, line by line.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly List<TimeSpan> _times = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();

    private ServeProcess(string root, int port)
    {
        Root = root;
        Url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "OverGrenzen.dll"), "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Root { get; }

    public string Url { get; }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
                return _lines.ToArray();
        }
    }

    /// <summary>Everything printed, each line with when it came (for reading a failure, never asserted on).</summary>
    public string Log
    {
        get
        {
            lock (_lock)
                return string.Join('\n', _lines.Select((l, i) => $"[{_times[i].TotalSeconds,6:0.0} s] {l}"));
        }
    }

    /// <summary>Copies what serve reads (content, theme assets, the service worker's code, netlify.toml) into a fresh folder and starts serve there.</summary>
    public static ServeProcess StartInCopyOf(string repository)
    {
        var root = Directory.CreateTempSubdirectory("og-serve-").FullName;
        CopyFolder(Path.Combine(repository, "content"), Path.Combine(root, "content"));
        CopyFolder(Path.Combine(repository, "theme", "assets"), Path.Combine(root, "theme", "assets"));
        CopyFolder(Path.Combine(repository, "theme", "worker"), Path.Combine(root, "theme", "worker"));
        foreach (var file in new[] { "netlify.toml", "theme/package.json", "theme/package-lock.json" })
            File.Copy(Path.Combine(repository, file), Path.Combine(root, file));
        // Pagefind, when the repository has it installed already (the site fixture's build installs it, maybe
        // at this moment: only a finished install, with its binary, is borrowed); otherwise serve installs it
        // into the copy, as on a fresh clone.
        var modules = Path.Combine(repository, "theme", "node_modules");
        var pagefind = Path.Combine(modules, "@pagefind");
        if (Directory.Exists(pagefind) && Directory.EnumerateFiles(pagefind, "pagefind*", SearchOption.AllDirectories).Any(f => Path.GetFileName(Path.GetDirectoryName(f)) == "bin"))
            Directory.CreateSymbolicLink(Path.Combine(root, "theme", "node_modules"), modules);
        return new ServeProcess(root, FreePort());
    }

    /// <summary>Waits until serve has printed <paramref name="count"/> lines that match; fails with everything it printed.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> match, int count = 1)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var found = Lines.Where(match).ToArray();
            if (found.Length >= count)
                return found[count - 1];
            if (_process.HasExited || clock.Elapsed > Patience)
                throw new TimeoutException($"serve never printed the line expected ({count}×). It printed:\n{Log}");
            await Task.Delay(50);
        }
    }

    public int Count(Func<string, bool> match) => Lines.Count(match);

    /// <summary>
    /// Stops serve the way Ctrl+C does: System.CommandLine handles SIGINT and SIGTERM alike. SIGTERM is sent
    /// because a process started in the background by a shell may have SIGINT ignored.
    /// </summary>
    public async Task<int> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_lock)
        {
            _lines.Add(line);
            _times.Add(_clock.Elapsed);
        }
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}

using System.Collections.Concurrent;

namespace OverGrenzen.Serving;

/// <summary>
/// Watches folders and calls back once per burst of changes (editors write several events per save)
/// with every file that changed, never running two rebuilds at the same time. Editors' scratch files
/// (<see cref="EditorScratchFiles"/>) are not changes; a scratch file renamed over a page (<c>sed -i</c>,
/// vim, JetBrains' safe write) is a change of that page only, so a body edit still takes the fast path.
/// </summary>
public sealed class RebuildWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Func<IReadOnlyCollection<string>, Task> _rebuild;
    private readonly SemaphoreSlim _running = new(1, 1);
    private readonly ConcurrentDictionary<string, byte> _changed = new();
    private readonly Lock _lock = new();
    private Timer? _timer;
    private volatile bool _stopped;

    public RebuildWatcher(IEnumerable<string> folders, Func<IReadOnlyCollection<string>, Task> rebuild)
    {
        _rebuild = rebuild;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnRename;
            _watchers.Add(watcher);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e) => Note(e.FullPath);

    /// <summary>
    /// Both ends of a rename that are real files count: a page renamed away (or to a backup, as vim does)
    /// changed, and so did the page a temporary file was renamed onto. Whether a path still exists is
    /// decided when the burst is over.
    /// </summary>
    private void OnRename(object sender, RenamedEventArgs e)
    {
        Note(e.OldFullPath);
        Note(e.FullPath);
    }

    private void Note(string path)
    {
        if (_stopped || EditorScratchFiles.IsScratch(path))
            return;
        _changed.TryAdd(path, 0);
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = new Timer(_ => _ = RunAsync(), null, Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task RunAsync()
    {
        await _running.WaitAsync();
        try
        {
            if (_stopped)
                return;
            var changed = _changed.Keys.ToArray();
            foreach (var path in changed)
                _changed.TryRemove(path, out _);
            if (changed.Length > 0)
                await _rebuild(changed);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"Rebuild failed: {e.Message}");
        }
        finally
        {
            _running.Release();
        }
    }

    /// <summary>Stops watching and waits for a rebuild that is under way, so the output is left complete.</summary>
    public async Task StopAsync()
    {
        _stopped = true;
        Dispose();
        await _running.WaitAsync();
        _running.Release();
    }

    public void Dispose()
    {
        lock (_lock)
            _timer?.Dispose();
        foreach (var watcher in _watchers)
            watcher.Dispose();
    }
}

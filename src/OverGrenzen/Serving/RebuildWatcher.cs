using System.Collections.Concurrent;

namespace OverGrenzen.Serving;

/// <summary>
/// Watches folders and calls back once per burst of changes (editors write several events per save)
/// with every file that changed, never running two rebuilds at the same time.
/// </summary>
public sealed class RebuildWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Func<IReadOnlyCollection<string>, Task> _rebuild;
    private readonly SemaphoreSlim _running = new(1, 1);
    private readonly ConcurrentDictionary<string, byte> _changed = new();
    private readonly Lock _lock = new();
    private Timer? _timer;

    public RebuildWatcher(IEnumerable<string> folders, Func<IReadOnlyCollection<string>, Task> rebuild)
    {
        _rebuild = rebuild;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += (sender, e) => { _changed.TryAdd(e.OldFullPath, 0); OnChange(sender, e); };
            _watchers.Add(watcher);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // Editors' swap and backup files are not content.
        var name = Path.GetFileName(e.FullPath);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal))
            return;
        _changed.TryAdd(e.FullPath, 0);
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

    public void Dispose()
    {
        lock (_lock)
            _timer?.Dispose();
        foreach (var watcher in _watchers)
            watcher.Dispose();
    }
}

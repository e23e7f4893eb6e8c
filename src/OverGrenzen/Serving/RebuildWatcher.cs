namespace OverGrenzen.Serving;

/// <summary>
/// Watches folders and calls back once per burst of changes (editors write several events per save),
/// never running two rebuilds at the same time.
/// </summary>
public sealed class RebuildWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Func<string, Task> _rebuild;
    private readonly SemaphoreSlim _running = new(1, 1);
    private Timer? _timer;
    private string _lastChange = "";

    public RebuildWatcher(IEnumerable<string> folders, Func<string, Task> rebuild)
    {
        _rebuild = rebuild;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            _watchers.Add(watcher);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        _lastChange = e.FullPath;
        _timer?.Dispose();
        _timer = new Timer(_ => _ = RunAsync(), null, Quiet, Timeout.InfiniteTimeSpan);
    }

    private async Task RunAsync()
    {
        await _running.WaitAsync();
        try
        {
            await _rebuild(_lastChange);
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
        _timer?.Dispose();
        foreach (var watcher in _watchers)
            watcher.Dispose();
    }
}

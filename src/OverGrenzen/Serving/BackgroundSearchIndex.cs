using System.Diagnostics;
using OverGrenzen.Output;
using OverGrenzen.Search;

namespace OverGrenzen.Serving;

/// <summary>
/// <c>serve</c>'s search index after every build, full or fast (they write pages and keep the last index).
/// Pagefind reads the served site and writes into a private folder beside it, so a save is never kept waiting;
/// the finished index is swapped in under the served folder's lock. If the site was written meanwhile, the
/// index is stale: it is thrown away and made again. Requests during a run collapse into one more run.
/// </summary>
/// <param name="stopping">Cancelled by Ctrl+C, which a terminal also sends to Pagefind: a run it ends is not a failure.</param>
public sealed class BackgroundSearchIndex(ServedFolder served, string themeRoot, TextWriter log, CancellationToken stopping)
{
    private readonly Lock _lock = new();
    private Task _runs = Task.CompletedTask;
    private bool _queued;

    /// <summary>False once Pagefind could not run (no Node.js, no npm): rebuilds then skip search.</summary>
    public bool Available { get; private set; } = true;

    /// <summary>True when the index in place was made after the last request.</summary>
    public bool Current { get; private set; }

    /// <summary>Completes when no run is queued or running (for a clean stop).</summary>
    public Task Idle
    {
        get
        {
            lock (_lock)
                return _runs;
        }
    }

    public void Request()
    {
        lock (_lock)
        {
            Current = false;
            if (_queued)
                return; // the queued run has not started yet, so it will see this change too
            _queued = true;
            _runs = _runs.ContinueWith(_ => RunAsync(), TaskScheduler.Default).Unwrap();
        }
    }

    private async Task RunAsync()
    {
        lock (_lock)
            _queued = false;
        var clock = Stopwatch.StartNew();
        var next = served.Beside("pagefind");
        var version = served.Version;
        try
        {
            if (Directory.Exists(next))
                Directory.Delete(next, recursive: true);
            await new PagefindIndexer(themeRoot, log).IndexAsync(served.Root, next);
            var current = await served.ExclusiveAsync(() =>
            {
                if (served.Version != version)
                    return Task.FromResult(false);
                served.ReplaceFolder(PagefindIndexer.OutputFolder.Trim('/'), next);
                return Task.FromResult(true);
            });
            if (current)
            {
                lock (_lock)
                    Current = !_queued;
                log.WriteLine($"Search index up to date ({clock.ElapsedMilliseconds} ms).");
            }
            else
                Request();
        }
        catch (Exception) when (served.Version != version)
        {
            // Pagefind read the site while a rebuild replaced it; the index is made again from the new one.
            Request();
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
            // Ctrl+C ended Pagefind too; serve makes the index once more before it exits.
        }
        catch (IOException e)
        {
            log.WriteLine($"The search index was not swapped in: {e.Message.Trim()} It is made again after the next save.");
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Available = false;
            log.WriteLine($"The search index was not updated: {e.Message.Trim()}");
            log.WriteLine("Search stays as it was; install Node.js 20+ with npm and restart serve to index again.");
        }
        finally
        {
            if (Directory.Exists(next))
                Directory.Delete(next, recursive: true);
        }
    }
}

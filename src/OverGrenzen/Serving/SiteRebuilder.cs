using OverGrenzen.Cli;
using OverGrenzen.Output;
using OverGrenzen.Pipeline;

namespace OverGrenzen.Serving;

/// <summary>
/// What <c>serve</c> does with a burst of changed files: the fast path when only page bodies changed, else a
/// full build. Either one writes pages without search and keeps the last index in place, so <c>/pagefind/</c>
/// is always there; the index is then made again in the background and swapped in. Every write holds the
/// served folder's lock. A good build reloads the open pages; a failed one prints its diagnostics and shows
/// them on the open pages.
/// </summary>
public sealed class SiteRebuilder(BuildOptions options, ServedFolder served, LiveReload? reload, BackgroundSearchIndex search, TextWriter output)
{
    private readonly BuildPipeline _pipeline = new();
    private readonly BuildOptions _fullBuild = options with { Search = false, KeepSkippedOutputs = true };
    private readonly RebuildChangedPages _fastPath = new(options, served);
    private BuildSnapshot? _last;

    /// <summary>The first build; the caller starts the search index once the site is served.</summary>
    public async Task<BuildResult> BuildFirstAsync()
    {
        var first = await served.ExclusiveAsync(() => _pipeline.BuildAsync(_fullBuild));
        Report(first);
        _last = first.Snapshot;
        return first;
    }

    public async Task RebuildAsync(IReadOnlyCollection<string> changed)
    {
        var fast = false;
        var result = await served.ExclusiveAsync(async () =>
        {
            if (_last is not null && await _fastPath.TryRunAsync(_last, changed) is { } quick)
            {
                fast = true;
                return quick;
            }
            return await _pipeline.BuildAsync(_fullBuild);
        });
        if (!Report(result))
            return;
        _last = result.Snapshot ?? _last;
        var files = string.Join(", ", changed.Select(f => Path.GetRelativePath(CommonOptions.ProjectRoot, f)).Order(StringComparer.Ordinal));
        var what = fast
            ? $"Rebuilt {result.PagesWritten} page(s) (fast path: page text only)"
            : $"Rebuilt the whole site ({result.PagesWritten} pages)";
        output.WriteLine($"{what} after a change to {files} in {result.Elapsed.TotalMilliseconds:0} ms.");
        reload?.Reload();
        if (search.Available)
            search.Request();
    }

    /// <summary>Prints the diagnostics; on failure the pages in the browser show them too. True when the build succeeded.</summary>
    private bool Report(BuildResult result)
    {
        DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        if (result.Succeeded)
            return true;
        reload?.ShowErrors(result.Diagnostics);
        if (reload is not null)
            Console.Error.WriteLine("Pages open in the browser show these errors until the next good build.");
        return false;
    }
}

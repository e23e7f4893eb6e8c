using System.Diagnostics;
using System.Text;
using OverGrenzen.Diagnostics;
using OverGrenzen.Output;
using OverGrenzen.Rendering;

namespace OverGrenzen.Pipeline;

/// <summary>
/// The whole build, one stage after the other:
/// load → validate → render → process HTML → check links → write (atomically).
/// Each stage reports into one diagnostic bag; the build stops before writing if any error was found.
/// </summary>
public sealed class BuildPipeline(TextWriter? log = null)
{
    private readonly TextWriter _log = log ?? TextWriter.Null;

    /// <summary>Loads and validates only: what <c>check</c> runs.</summary>
    public (LoadedContent Content, IReadOnlyList<Diagnostic> Diagnostics) Check(string contentRoot)
    {
        var diagnostics = new DiagnosticBag();
        var content = new LoadContent().Run(contentRoot, diagnostics);
        new ValidateContent().Run(content, diagnostics);
        return (content, diagnostics.Sorted());
    }

    public async Task<BuildResult> BuildAsync(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();

        var content = Stage("load", () => new LoadContent().Run(options.ContentRoot, diagnostics));
        Stage("validate", () => new ValidateContent().Run(content, diagnostics));
        if (diagnostics.HasErrors)
            return Failed();

        var assets = ThemeAssets.Load(options.ThemeAssetsRoot ?? ThemeAssets.Locate(options.ContentRoot));
        var rendered = await StageAsync("render", () => new RenderPages().RunAsync(content, assets));
        var processed = Stage("process", () => new ProcessHtml().Run(rendered));

        var extras = new List<OutputFile>
        {
            SiteMap.Xml(options.BaseUrl, processed.Where(p => p.Url.EndsWith('/')).Select(p => p.Url)),
            SiteMap.Robots(options.BaseUrl),
        };
        extras.AddRange(OpenData.Files(content.Site));
        extras.AddRange(assets.Files.Select(a => new OutputFile(a.Url.TrimStart('/'), a.Content)));

        var otherFiles = extras.Select(f => "/" + f.Path).ToHashSet(StringComparer.Ordinal);
        Stage("check-links", () => new CheckLinks().Run(processed, otherFiles, diagnostics));
        if (diagnostics.HasErrors)
            return Failed();

        var files = processed.Select(p => new OutputFile(p.OutputPath, Encoding.UTF8.GetBytes(p.Html))).Concat(extras).ToArray();
        var indexer = options.Search && Search.PagefindIndexer.LocateTheme(options.ContentRoot) is { } theme
            ? new Search.PagefindIndexer(theme, _log)
            : null;
        Stage("write", () => SiteWriter.Write(options.OutputRoot, files,
            indexer is null ? null : staging => Stage("search", () => indexer.IndexAsync(staging).GetAwaiter().GetResult())));
        return new BuildResult(diagnostics.Sorted(), processed.Count, files.Length, clock.Elapsed)
        {
            Snapshot = new BuildSnapshot(content, assets, processed, otherFiles),
        };

        BuildResult Failed() => new(diagnostics.Sorted(), 0, 0, clock.Elapsed);
    }

    private T Stage<T>(string name, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        _log.WriteLine($"  {name,-12} {clock.ElapsedMilliseconds,6} ms");
        return result;
    }

    private void Stage(string name, Action run) => Stage(name, () => { run(); return 0; });

    private async Task<T> StageAsync<T>(string name, Func<Task<T>> run)
    {
        var clock = Stopwatch.StartNew();
        var result = await run();
        _log.WriteLine($"  {name,-12} {clock.ElapsedMilliseconds,6} ms");
        return result;
    }
}

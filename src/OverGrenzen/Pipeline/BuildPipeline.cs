using System.Runtime;
using System.Diagnostics;
using OverGrenzen.Diagnostics;
using OverGrenzen.Model.Kinds;
using OverGrenzen.Loading;
using OverGrenzen.Originality;
using OverGrenzen.Output;
using OverGrenzen.Output.Steps;
using OverGrenzen.Rendering;
using OverGrenzen.Theme;

namespace OverGrenzen.Pipeline;

/// <summary>
/// The whole build, one stage after the other:
/// load → validate → render → process HTML → output steps → check links → write → later output steps (search index) → swap.
/// Pages stream from render through processing into a staging folder, so memory stays bounded; the
/// staging folder replaces the output only when no stage reported an error.
/// </summary>
/// <param name="log">Where <c>build -v</c> prints each stage's time and the live heap; null for silence.</param>
public sealed class BuildPipeline(TextWriter? log = null)
{
    private readonly TextWriter _log = log ?? TextWriter.Null;

    /// <summary>Loads and validates only: what <c>check</c> runs. With <paramref name="sourcesRoot"/>, the copy guard runs too.</summary>
    public (LoadedContent Content, IReadOnlyList<Diagnostic> Diagnostics) Check(string contentRoot, ContentKindRegistry? kinds = null, string? sourcesRoot = null)
    {
        var diagnostics = new DiagnosticBag();
        var content = new LoadContent(kinds ?? SiteKinds.Default).Run(contentRoot, diagnostics);
        new ValidateContent().Run(content, diagnostics);
        GuardCopies(contentRoot, sourcesRoot, diagnostics);
        return (content, diagnostics.Sorted());
    }

    public async Task<BuildResult> BuildAsync(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();

        var content = Stage("load", () => new LoadContent(options.Kinds, options.IncludeDrafts).Run(options.ContentRoot, diagnostics));
        Stage("validate", () => new ValidateContent().Run(content, diagnostics));
        Stage(CopyGuard.Stage, () => GuardCopies(options.ContentRoot, options.SourcesRoot, diagnostics));
        if (diagnostics.HasErrors)
            return Failed();

        var assets = ThemeAssets.Load(options.ResolvedThemeAssetsRoot);
        using var staging = new StagingFolder(options.OutputRoot);

        // Each page is rendered, post-processed and written as soon as it is ready; only its outline stays.
        var processing = new StageClock();
        var writing = new StageClock();
        var processor = new ProcessHtml(GlossarySummaries.Of(content.Site));
        var pages = await StageAsync("render", () => new RenderPages().RunAsync(content, assets, rendered =>
        {
            var page = processing.Time(() => processor.Process(rendered));
            writing.Time(() => staging.Write(page.Outline.OutputPath, page.Html));
            return page.Outline;
        }));
        _log.WriteLine($"    of which  process {processing.Milliseconds,6} ms, write {writing.Milliseconds,6} ms (summed over threads)");

        var steps = options.Outputs.Where(options.Runs).ToArray();
        var context = new OutputContext
        {
            Content = content, Pages = pages, Assets = assets, Options = options,
            ThemeRoot = options.ResolvedThemeRoot, StagingRoot = staging.Root, Log = _log,
        };
        var extras = new List<OutputFile>();
        foreach (var step in steps.Where(s => s.Phase == OutputPhase.BeforeLinkCheck))
            extras.AddRange(await StageAsync(step.Name, () => step.RunAsync(context)));

        var otherFiles = extras.Select(f => "/" + f.Path).ToHashSet(StringComparer.Ordinal);
        var laterPaths = LaterPaths(options.Outputs);
        // The frame's shared links are checked once, as if it were a page of its own.
        Stage("check-links", () => new CheckLinks().Run(pages, otherFiles, laterPaths, diagnostics, pages.Count == 0 ? null : processor.Frame, content.Drafts));
        if (diagnostics.HasErrors)
            return Failed();

        Stage("write", () => Parallel.ForEach(extras, file => staging.Write(file.Path, file.Content)));
        foreach (var step in steps.Where(s => s.Phase == OutputPhase.AfterLinkCheck))
        {
            try
            {
                await StageAsync(step.Name, () => step.RunAsync(context));
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                diagnostics.Error(DiagnosticCodes.Search.IndexerFailed, Path.Combine(context.ThemeRoot, "package.json"), 1, 1,
                    step.FailureMessage(e), step.Name);
                return Failed();
            }
        }
        Stage("swap", () => staging.Commit(options.KeepSkippedOutputs ? SkippedLaterFolders(options) : null));

        return new BuildResult(diagnostics.Sorted(), pages.Count, pages.Count + extras.Count, clock.Elapsed)
        {
            DraftsLeftOut = content.Drafts.Count,
            Snapshot = new BuildSnapshot(content, assets, pages, otherFiles, laterPaths),
        };

        BuildResult Failed() => new(diagnostics.Sorted(), 0, 0, clock.Elapsed);
    }

    /// <summary>The URL prefixes the later steps write, skipped or not (a skipped index may still be there from before).</summary>
    private static IReadOnlyList<string> LaterPaths(IReadOnlyList<OutputStep> steps) =>
        steps.Where(s => s.Phase == OutputPhase.AfterLinkCheck).SelectMany(s => s.LaterPaths).ToArray();

    /// <summary>The folders of the later steps this build skipped, e.g. <c>pagefind</c> under <c>--no-search</c>.</summary>
    private static IReadOnlyList<string> SkippedLaterFolders(BuildOptions options) =>
        options.Outputs.Where(s => s.Phase == OutputPhase.AfterLinkCheck && !options.Runs(s)).SelectMany(s => s.LaterPaths).Select(p => p.Trim('/')).ToArray();

    /// <summary>The copy guard, when a sources folder is given: text shared with a source is an error like any other.</summary>
    private static void GuardCopies(string contentRoot, string? sourcesRoot, DiagnosticBag diagnostics)
    {
        if (sourcesRoot is not null)
            CopyGuard.For(sourcesRoot, diagnostics)?.Check(ContentFile.FindAll(contentRoot), diagnostics);
    }

    private T Stage<T>(string name, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        Report(name, clock);
        return result;
    }

    private void Report(string name, Stopwatch clock)
    {
        // Measuring the live heap forces a full collection: only when someone asked to see it. The JIT figures
        // (methods compiled so far, time spent compiling on all threads) show what a cold start costs.
        if (log is not null)
            _log.WriteLine($"  {name,-12} {clock.ElapsedMilliseconds,6} ms   live heap {GC.GetTotalMemory(true) / (1024 * 1024),5} MiB"
                + $"   jit {JitInfo.GetCompiledMethodCount(),6} methods {JitInfo.GetCompilationTime().TotalMilliseconds,6:0} ms"
                + $"   gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB");
    }

    private void Stage(string name, Action run) => Stage(name, () => { run(); return 0; });

    private async Task<T> StageAsync<T>(string name, Func<Task<T>> run)
    {
        var clock = Stopwatch.StartNew();
        var result = await run();
        Report(name, clock);
        return result;
    }
}

using System.Diagnostics;
using OverGrenzen.Diagnostics;
using OverGrenzen.Loading;
using OverGrenzen.Output;
using OverGrenzen.Originality;
using OverGrenzen.Rendering;
using OverGrenzen.Validation;

namespace OverGrenzen.Pipeline;

/// <summary>
/// The fast path of <c>serve</c>: when only the bodies of existing pages changed, nothing else on the
/// site can depend on them (other pages use titles and front matter, never bodies), so only those pages
/// are loaded, checked, rendered and written again. Any other change returns null: do a full build.
/// </summary>
/// <param name="output">The served folder (its lock is the caller's to hold); by default the options' output folder.</param>
public sealed class RebuildChangedPages(BuildOptions options, ServedFolder? output = null)
{
    private readonly ServedFolder _output = output ?? new ServedFolder(options.OutputRoot);
    private readonly PageLoader _loader = new(new YamlReader(), options.Kinds);

    public async Task<BuildResult?> TryRunAsync(BuildSnapshot previous, IReadOnlyCollection<string> changedFiles)
    {
        var clock = Stopwatch.StartNew();
        var root = Path.GetFullPath(options.ContentRoot);
        var byPath = previous.Content.Pages.ToDictionary(p => p.Page.SourcePath, StringComparer.Ordinal);

        var diagnostics = new DiagnosticBag();
        var changed = new List<SourcePage>();
        foreach (var full in changedFiles.Select(Path.GetFullPath).Distinct())
        {
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (!File.Exists(full) || !byPath.TryGetValue(relative, out var old))
                return null; // a new, deleted or non-page file: the site's structure may change
            var page = _loader.Load(new ContentFile(full, relative), diagnostics);
            if (page is null)
                return Failed();
            if (page.FrontMatter != old.FrontMatter)
                return null; // titles, ids or data changed: other pages show them
            changed.Add(page with { Page = old.Page });
        }

        var replaced = changed.ToDictionary(p => p.Page.SourcePath, StringComparer.Ordinal);
        var content = previous.Content with
        {
            Pages = previous.Content.Pages.Select(p => replaced.GetValueOrDefault(p.Page.SourcePath, p)).ToArray(),
        };

        new ValidateContent().RunOnBodies(content, changed, diagnostics);
        if (options.SourcesRoot is not null)
            CopyGuard.For(options.SourcesRoot, diagnostics)?.Check(changed.Select(p => new ContentFile(Path.Combine(root, p.Page.SourcePath), p.Page.SourcePath)), diagnostics);
        if (diagnostics.HasErrors)
            return Failed();

        var processed = await new RenderPages().RunAsync(content, previous.Assets, new ProcessHtml(GlossarySummaries.Of(content.Site)).Process, replaced.Keys.ToHashSet(StringComparer.Ordinal));
        var fresh = processed.ToDictionary(p => p.Outline.OutputPath, StringComparer.Ordinal);
        var pages = previous.Pages.Select(p => fresh.TryGetValue(p.OutputPath, out var page) ? page.Outline : p).ToArray();

        // Headings may have changed, so every #fragment that points at these pages is checked again.
        new CheckLinks().Run(pages, previous.OtherFiles, previous.LaterPaths, diagnostics);
        if (diagnostics.HasErrors)
            return Failed();

        foreach (var page in fresh.Values)
            _output.WriteReplacing(page.Outline.OutputPath, page.Html);
        return new BuildResult(diagnostics.Sorted(), fresh.Count, fresh.Count, clock.Elapsed)
        {
            Snapshot = previous with { Content = content, Pages = pages },
        };

        // Nothing was written; the previous build stays the one to compare the next edit with.
        BuildResult Failed() => new(diagnostics.Sorted(), 0, 0, clock.Elapsed) { Snapshot = previous };
    }
}

using System.Collections.Concurrent;
using OverGrenzen.Diagnostics;
using OverGrenzen.PostProcessing;

namespace OverGrenzen.Pipeline;

/// <summary>
/// Stage 5: every internal href and src must point at a file the build writes, and every #fragment at an
/// id on that page. A broken one is an error at the Markdown line it came from.
/// </summary>
public sealed class CheckLinks
{
    /// <param name="frame">The links of the page frame (menu, footer), which every page shares.</param>
    /// <param name="otherFiles">The files the output steps write besides the pages.</param>
    /// <param name="laterPaths">URL prefixes written after the check (the search index), declared by their output steps.</param>
    /// <param name="drafts">The drafts the build left out, so that a link to one says so (OG2012) rather than "not written".</param>
    public void Run(IReadOnlyList<PageOutline> pages, IReadOnlySet<string> otherFiles, IReadOnlyList<string> laterPaths, DiagnosticBag diagnostics, PageOutline? frame = null, IReadOnlyList<Model.Pages.Page>? drafts = null)
    {
        var draftsByUrl = (drafts ?? []).ToDictionary(d => d.Url, StringComparer.Ordinal);
        var pagesByPath = pages.ToDictionary(p => "/" + p.OutputPath, StringComparer.Ordinal);
        // Most links are site-absolute and repeat on every page (menu, footer): resolve each once.
        var absolute = new ConcurrentDictionary<string, (string Path, string? Fragment)?>(StringComparer.Ordinal);
        Parallel.ForEach(frame is null ? pages : pages.Append(frame), page =>
        {
            var baseUri = new Uri("https://site.invalid" + page.Url);
            foreach (var link in page.Links.DistinctBy(l => (l.Target, l.SourceLine)))
            {
                var target = link.Target.Trim();
                if (target.Length == 0 || target == "#" || IsExternal(target))
                    continue;
                var resolved = target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal)
                    ? absolute.GetOrAdd(target, t => Resolve(baseUri, t))
                    : Resolve(baseUri, target);
                if (resolved is not var (path, fragment))
                    continue;
                if (laterPaths.Any(p => path.StartsWith(p, StringComparison.Ordinal)))
                    continue;
                var file = path.EndsWith('/') ? path + "index.html" : path;

                if (pagesByPath.TryGetValue(file, out var targetPage))
                {
                    if (fragment is not null && !targetPage.Ids.Contains(fragment))
                        Report(DiagnosticCodes.Output.BrokenAnchor, $"Link '{target}' points at '#{fragment}', but {targetPage.Url} has no element with that id.");
                }
                else if (draftsByUrl.GetValueOrDefault(path.EndsWith('/') ? path : path + "/") is { } draft)
                    Report(DiagnosticCodes.Content.LinkToDraft, Validation.ValidationContext.LinkToDraftMessage($"'{target}'", draft));
                else if (!otherFiles.Contains(file))
                {
                    var hint = pagesByPath.ContainsKey(file + "/index.html") ? $" Did you mean '{path}/'?" : "";
                    Report(DiagnosticCodes.Output.BrokenLink, $"Link '{target}' points at {path}, which the build does not write.{hint}");
                }

                void Report(string code, string message) =>
                    diagnostics.Error(code, page.SourcePath, Math.Max(1, link.SourceLine), 1,
                        message + (page.Url == "/" + page.OutputPath || page.Url.EndsWith('/') ? $" (on {page.Url})" : ""), "check-links");
            }
        });
    }

    /// <summary>The site path and fragment a link points at, or null when it leaves the site.</summary>
    private static (string Path, string? Fragment)? Resolve(Uri baseUri, string target)
    {
        if (!Uri.TryCreate(baseUri, target, out var uri) || uri.Host != "site.invalid")
            return null;
        var fragment = uri.Fragment.Length > 1 ? Uri.UnescapeDataString(uri.Fragment[1..]) : null;
        return (Uri.UnescapeDataString(uri.AbsolutePath), fragment);
    }

    private static bool IsExternal(string target)
    {
        var colon = target.IndexOf(':');
        var slash = target.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash);
    }
}

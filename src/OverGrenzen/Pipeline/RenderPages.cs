using OverGrenzen.Model.Exercises;
using OverGrenzen.Model.Pages;
using OverGrenzen.Rendering;
using OverGrenzen.Theme;

namespace OverGrenzen.Pipeline;

/// <summary>
/// Stage 3: render every page (and the generated lecturer pages, classroom pages and 404 page) with the theme, in parallel,
/// one Razor renderer per worker. Each rendered page goes straight on to <c>then</c> (post-processing and
/// writing), so only what <c>then</c> returns is kept: memory stays bounded however large the site.
/// </summary>
public sealed class RenderPages
{
    private sealed record WorkItem(Page Page, GeneratedPageKind Generated, Markdig.Syntax.MarkdownDocument? Body);

    /// <param name="onlyBodiesOf">When given, render only these pages (by source path), and of their generated pages only those that show the body.</param>
    public async Task<IReadOnlyList<T>> RunAsync<T>(LoadedContent content, ThemeAssets assets, Func<RenderedPage, T> then, IReadOnlySet<string>? onlyBodiesOf = null)
    {
        var site = content.Site;
        var markdown = new MarkdownHtml(site);
        var formatter = new MarkdownFormatter(markdown);
        var chrome = new SiteChrome(site, assets.Urls);

        var work = new List<WorkItem>();
        foreach (var page in content.Pages)
        {
            if (onlyBodiesOf is not null && !onlyBodiesOf.Contains(page.Page.SourcePath))
                continue;
            work.Add(new WorkItem(page.Page, GeneratedPageKind.None, page.Body));
            // The classroom page shows the casus text too, so it is rendered again whenever the body changes.
            if (page.Page.Data is Casus)
                work.Add(new WorkItem(page.Page, GeneratedPageKind.Classroom, page.Body));
            if (onlyBodiesOf is null && page.Page.Data is Casus or Route)
                work.Add(new WorkItem(page.Page, GeneratedPageKind.LecturerNotes, null));
        }
        if (onlyBodiesOf is null && site.PageAt("/") is { } home)
            work.Add(new WorkItem(home, GeneratedPageKind.NotFound, null));

        var results = new T[work.Count];
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, work.Count / 8 + 1));
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var renderer = new RazorPageRenderer(formatter);
            int index;
            while ((index = Interlocked.Increment(ref next)) < work.Count)
            {
                var item = work[index];
                var body = item.Body is null ? "" : markdown.Render(item.Body, firstLine: 1);
                var context = new PageContext
                {
                    Site = site,
                    Page = item.Page,
                    Body = new Microsoft.AspNetCore.Components.MarkupString(body),
                    Chrome = chrome,
                    Generated = item.Generated,
                };
                var html = await renderer.RenderAsync(context);
                results[index] = then(new RenderedPage(context.Url, OutputPathFor(context.Url), html, item.Page.SourcePath));
            }
        })));
        return results;
    }

    /// <summary><c>/</c> → <c>index.html</c>; <c>/a/b/</c> → <c>a/b/index.html</c>; <c>/404.html</c> → <c>404.html</c>.</summary>
    public static string OutputPathFor(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
}

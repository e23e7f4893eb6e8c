using OverGrenzen.Model.Kinds;
using OverGrenzen.Model.Urls;
using OverGrenzen.Model.Pages;
using OverGrenzen.Rendering;
using OverGrenzen.Theme;

namespace OverGrenzen.Pipeline;

/// <summary>
/// Stage 3: render every page (and its kind's page variants, and the site-wide ones such as the 404 page) with the theme, in parallel,
/// one Razor renderer per worker. Each rendered page goes straight on to <c>then</c> (post-processing and
/// writing), so only what <c>then</c> returns is kept: memory stays bounded however large the site.
/// </summary>
public sealed class RenderPages
{
    private sealed record WorkItem(Page Page, PageVariant? Variant, Loading.PageBody? Body);

    /// <param name="onlyBodiesOf">When given, render only these pages (by source path) and the variants that show their bodies.</param>
    public async Task<IReadOnlyList<T>> RunAsync<T>(LoadedContent content, ThemeAssets assets, Func<RenderedPage, T> then, IReadOnlySet<string>? onlyBodiesOf = null)
    {
        var site = content.Site;
        var markdown = new MarkdownHtml(site);
        var formatter = new MarkdownFormatter(markdown, content.Pages.ToDictionary(p => p.Page.Url, p => p.Body, StringComparer.Ordinal));
        var chrome = new SiteChrome(site, assets.Urls);

        var work = new List<WorkItem>();
        foreach (var page in content.Pages)
        {
            var changed = onlyBodiesOf is null || onlyBodiesOf.Contains(page.Page.SourcePath);
            if (changed)
                work.Add(new WorkItem(page.Page, null, page.Body));
            // A body-only rebuild renders again the variants that show this body (the classroom page) or any
            // body (a workbook shows its steps'), not the others.
            foreach (var variant in site.Kinds.Of(page.Page.Data).Variants)
                if (variant.AppliesTo(page.Page) && (onlyBodiesOf is null || variant.ShowsOtherBodies || (changed && variant.ShowsBody)))
                    work.Add(new WorkItem(page.Page, variant, variant.ShowsBody ? page.Body : null));
        }
        if (onlyBodiesOf is null && site.PageAt(SiteUrls.Home) is { } home)
            foreach (var variant in site.Kinds.SiteVariants)
                work.Add(new WorkItem(home, variant, null));

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
                var body = item.Body is null ? "" : markdown.Render(item.Body.Parse(), firstLine: 1);
                var context = new PageContext
                {
                    Site = site,
                    Page = item.Page,
                    Body = new Microsoft.AspNetCore.Components.MarkupString(body),
                    Chrome = chrome,
                    Variant = item.Variant,
                };
                var html = await renderer.RenderAsync(context);
                results[index] = then(new RenderedPage(context.Url, SiteUrls.OutputPathFor(context.Url), html, item.Page.SourcePath));
            }
        })));
        return results;
    }
}

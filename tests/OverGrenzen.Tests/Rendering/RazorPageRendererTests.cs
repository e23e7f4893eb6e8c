using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using OverGrenzen.Diagnostics;
using OverGrenzen.Pipeline;
using OverGrenzen.Rendering;
using OverGrenzen.Theme;

namespace OverGrenzen.Tests.Rendering;

public class RazorPageRendererTests
{
    private const string Files = """
        -- index.md --
        ---
        title: Start
        description: De startpagina.
        ---
        Welkom.
        -- over.md --
        ---
        title: Over
        description: Over deze site.
        ---
        Een pagina.
        """;

    [Fact]
    public async Task A_renderer_does_not_keep_the_pages_it_has_rendered_alive()
    {
        // An HtmlRenderer holds every root component (and so every page's context) until it is disposed; a build
        // of 10,000 pages then kept them all. The renderer must let a page go once later pages have been rendered.
        using var site = new TestSite(Files);
        var content = new LoadContent(SiteKinds.Default).Run(site.Content, new DiagnosticBag());
        var assets = ThemeAssets.Load(TestSite.ThemeAssets);
        var chrome = new SiteChrome(content.Site, assets.Urls);
        await using var renderer = new RazorPageRenderer(new MarkdownFormatter(new MarkdownHtml(content.Site)));

        var first = await RenderAndForget(renderer, content, chrome);
        for (var i = 0; i < 100; i++)
            await renderer.RenderAsync(ContextFor(content, chrome));

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(first.IsAlive, "The first page's context is still reachable from the renderer after 100 more pages.");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> RenderAndForget(RazorPageRenderer renderer, LoadedContent content, SiteChrome chrome)
    {
        var context = ContextFor(content, chrome);
        var html = await renderer.RenderAsync(context);
        Assert.Contains("<title>", html);
        return new WeakReference(context);
    }

    private static PageContext ContextFor(LoadedContent content, SiteChrome chrome) => new()
    {
        Site = content.Site,
        Page = content.Site.PageAt("/over/")!,
        Body = new MarkupString("<p>Een pagina.</p>"),
        Chrome = chrome,
    };
}

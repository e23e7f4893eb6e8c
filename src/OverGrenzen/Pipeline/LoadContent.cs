using OverGrenzen.Diagnostics;
using OverGrenzen.Loading;
using OverGrenzen.Model;
using OverGrenzen.Model.Kinds;

namespace OverGrenzen.Pipeline;

/// <summary>
/// Stage 1: read every file under the content folder, in parallel, into the typed model; then make the pages of the
/// generated kinds (the tag pages) from the pages read.
/// </summary>
/// <param name="includeDrafts">
/// <c>serve</c> shows drafts (<c>draft: true</c>); <c>build</c> and <c>check</c> leave them out of the site, so a link
/// to one is reported (see <see cref="LoadedContent.Drafts"/>).
/// </param>
public sealed class LoadContent(ContentKindRegistry kinds, bool includeDrafts = false)
{
    private readonly YamlReader _yaml = new();

    public LoadedContent Run(string contentRoot, DiagnosticBag diagnostics)
    {
        var files = ContentFile.FindAll(contentRoot);
        var pageLoader = new PageLoader(_yaml, kinds);

        var loaded = files.Where(f => f.IsPage)
            .AsParallel().AsOrdered()
            .Select(f => pageLoader.Load(f, diagnostics))
            .Where(p => p is not null)
            .Select(p => p!)
            .ToArray();
        var pages = includeDrafts ? loaded : loaded.Where(p => !p.Page.Data.Draft).ToArray();
        var drafts = includeDrafts ? [] : loaded.Where(p => p.Page.Data.Draft).Select(p => p.Page).ToArray();

        var fromFiles = pages.Select(p => p.Page).ToArray();
        var generated = kinds.Generated
            .SelectMany(kind => kind.Generate!(fromFiles))
            .Select(page => new SourcePage(page, PageBody.Empty, FrontMatter: ""))
            .ToArray();

        var data = new DataLoader(_yaml).Load(files.Where(f => f.IsData), diagnostics);
        var site = new Site([.. fromFiles, .. generated.Select(p => p.Page)], data.Sources, data.Glossary, data.Timeline, data.Recommendations, kinds);
        return new LoadedContent(site, [.. pages, .. generated], data) { Drafts = drafts };
    }
}

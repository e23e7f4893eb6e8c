using OverGrenzen.Diagnostics;
using OverGrenzen.Loading;
using OverGrenzen.Model;
using OverGrenzen.Model.Kinds;

namespace OverGrenzen.Pipeline;

/// <summary>Stage 1: read every file under the content folder, in parallel, into the typed model.</summary>
public sealed class LoadContent(ContentKindRegistry kinds)
{
    private readonly YamlReader _yaml = new();

    public LoadedContent Run(string contentRoot, DiagnosticBag diagnostics)
    {
        var files = ContentFile.FindAll(contentRoot);
        var pageLoader = new PageLoader(_yaml, kinds);

        var pages = files.Where(f => f.IsPage)
            .AsParallel().AsOrdered()
            .Select(f => pageLoader.Load(f, diagnostics))
            .Where(p => p is not null)
            .Select(p => p!)
            .ToArray();

        var data = new DataLoader(_yaml).Load(files.Where(f => f.IsData), diagnostics);
        var site = new Site(pages.Select(p => p.Page).ToArray(), data.Sources, data.Glossary, data.Timeline, data.Recommendations, kinds);
        return new LoadedContent(site, pages, data);
    }
}

using Markdig.Extensions.Yaml;
using OverGrenzen.Diagnostics;
using OverGrenzen.Markdown;
using OverGrenzen.Model.Exercises;
using OverGrenzen.Model.Framework;
using OverGrenzen.Model.Pages;
using OverGrenzen.Model.Studies;

namespace OverGrenzen.Loading;

/// <summary>
/// Reads one Markdown file: Markdig captures the front matter block, YamlDotNet reads it into the
/// record its <c>type:</c> names, and the body stays as a parsed Markdown document.
/// </summary>
public sealed class PageLoader(YamlReader yaml)
{
    private sealed record TypeHeader
    {
        public string? Type { get; init; }
    }

    public SourcePage? Load(ContentFile file, DiagnosticBag diagnostics)
    {
        var path = file.RelativePath;
        var text = ContentText.Read(file, diagnostics);
        if (text is null)
            return null;

        var document = SiteMarkdown.Parse(text);
        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock frontMatter)
        {
            diagnostics.Error(DiagnosticCodes.Load.FrontMatterMissing, path, 1, 1,
                "Expected front matter at the top of the file: a line '---', then at least 'title:' and 'description:', then '---'.", "load");
            return null;
        }

        // Markdig's block starts at the opening '---' (0-based); the YAML starts on the next line.
        var firstLine = frontMatter.Line + 2;
        var frontMatterText = frontMatter.Lines.ToString();
        var header = yaml.Read<TypeHeader>(frontMatterText, firstLine, path, diagnostics, lenient: true);
        if (header is null)
            return null;

        var type = header.Type ?? PageTypes.Plain;
        PageData? data = type switch
        {
            PageTypes.Plain => yaml.Read<PlainPage>(frontMatterText, firstLine, path, diagnostics),
            PageTypes.Form => yaml.Read<Form>(frontMatterText, firstLine, path, diagnostics),
            PageTypes.Category => yaml.Read<Category>(frontMatterText, firstLine, path, diagnostics),
            PageTypes.Factor => yaml.Read<Factor>(frontMatterText, firstLine, path, diagnostics),
            PageTypes.Study => yaml.Read<Study>(frontMatterText, firstLine, path, diagnostics),
            PageTypes.Casus => yaml.Read<Casus>(frontMatterText, firstLine, path, diagnostics),
            PageTypes.Route => yaml.Read<Route>(frontMatterText, firstLine, path, diagnostics),
            _ => null,
        };
        if (data is null)
        {
            if (!PageTypes.All.Contains(type))
                diagnostics.Error(DiagnosticCodes.Load.UnknownPageType, path, firstLine, 1,
                    $"Unknown page type '{type}'. Expected one of: {string.Join(", ", PageTypes.All)}.", "load");
            return null;
        }

        document.Remove(frontMatter);
        var url = ContentLayout.UrlFor(path);
        var page = new Page { Id = ContentLayout.IdFor(url), SourcePath = path, Url = url, Data = data };
        return new SourcePage(page, document, frontMatterText);
    }
}

using OverGrenzen.Diagnostics;
using OverGrenzen.Markdown;
using OverGrenzen.Model.Kinds;
using OverGrenzen.Model.Pages;
using OverGrenzen.Model.Urls;

namespace OverGrenzen.Loading;

/// <summary>
/// Reads one Markdown file: Markdig finds the front matter block, YamlDotNet reads it into the
/// record its <c>type:</c> names, and the body is kept as text (see <see cref="PageBody"/>).
/// </summary>
public sealed class PageLoader(YamlReader yaml, ContentKindRegistry kinds)
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

        if (SiteMarkdown.FrontMatterOf(text) is not { } frontMatter)
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

        var kind = header.Type is null ? kinds.Default : kinds.Named(header.Type);
        if (kind is null)
        {
            diagnostics.Error(DiagnosticCodes.Load.UnknownPageType, path, firstLine, 1,
                $"Unknown page type '{header.Type}'. Expected one of: {string.Join(", ", kinds.Names)}.", "load");
            return null;
        }
        var data = ReadData(kind, frontMatterText, firstLine, path, diagnostics);
        if (data is null)
            return null;

        var url = SiteUrls.ForSourcePath(path);
        var page = new Page { Id = SiteUrls.IdFor(url), SourcePath = path, Url = url, Data = data };
        return new SourcePage(page, new PageBody(text), frontMatterText);
    }

    /// <summary>The front matter as the kind's record; a kind whose record cannot be read is a diagnostic, never a dropped page.</summary>
    private PageData? ReadData(ContentKind kind, string frontMatter, int firstLine, string path, DiagnosticBag diagnostics)
    {
        if (!typeof(PageData).IsAssignableFrom(kind.DataType) || kind.DataType.IsAbstract || kind.DataType.GetConstructor(Type.EmptyTypes) is null)
        {
            diagnostics.Error(DiagnosticCodes.Load.UnreadableKind, path, firstLine, 1,
                $"Page type '{kind.Name}' is registered, but its record {kind.DataType.Name} cannot be read from front matter: it must be a concrete {nameof(PageData)} with a parameterless constructor.", "load");
            return null;
        }
        object? value;
        try
        {
            value = yaml.Read(kind.DataType, frontMatter, firstLine, path, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            value = e;
        }
        if (value is PageData data)
            return data;
        if (value is null && diagnostics.HasErrorsIn(path))
            return null; // the YAML's own mistake, already reported
        diagnostics.Error(DiagnosticCodes.Load.UnreadableKind, path, firstLine, 1,
            $"Page type '{kind.Name}' is registered, but its record {kind.DataType.Name} cannot be read from front matter" +
            (value is Exception failure ? $": {failure.Message}" : $" (it is not a {nameof(PageData)}).") , "load");
        return null;
    }
}

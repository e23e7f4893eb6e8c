using System.Text;
using AngleSharp.Html.Dom;

namespace OverGrenzen.PostProcessing;

/// <summary>
/// Gives every h2–h4 in the main content an id (Markdig's auto-identifiers cover Markdown headings;
/// theme headings without one get a slug), and makes repeated ids unique.
/// </summary>
public sealed class HeadingAnchors(IReadOnlySet<string> reservedIds) : IHtmlHandler
{
    public void Process(IHtmlDocument document)
    {
        // Ids of the page frame (menu, search box) are taken even though only <main> is parsed here.
        var used = new HashSet<string>(document.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(reservedIds), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.QuerySelectorAll("main h2, main h3, main h4"))
        {
            var id = heading.Id;
            if (string.IsNullOrEmpty(id))
            {
                id = Unique(Slug(heading.TextContent), used);
                heading.Id = id;
            }
            else if (!seen.Add(id))
            {
                id = Unique(id, used);
                heading.Id = id;
            }
            seen.Add(id);
        }
    }

    private static string Unique(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
            candidate = $"{id}-{n}";
        return candidate;
    }

    internal static string Slug(string text)
    {
        var normalized = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(c);
            else if ((char.IsWhiteSpace(c) || c is '-' or '_') && builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "sectie" : slug;
    }
}

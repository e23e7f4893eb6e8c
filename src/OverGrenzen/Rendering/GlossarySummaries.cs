using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using OverGrenzen.Model;
using OverGrenzen.PostProcessing;

namespace OverGrenzen.Rendering;

/// <summary>
/// The short definition a glossary link shows in place: the first sentence of the entry's definition, as plain
/// text (citations read as "(Auteur, jaar)"), so that the tip stays one small paragraph without links of its own.
/// </summary>
public static partial class GlossarySummaries
{
    public static IReadOnlyDictionary<string, TermTip> Of(Site site)
    {
        var markdown = new MarkdownHtml(site);
        var parser = new HtmlParser();
        return site.Glossary.ToDictionary(
            entry => entry.Id,
            entry => new TermTip(entry.Term, FirstSentence(parser.ParseDocument(markdown.Render(entry.Definition, inline: false)).Body!.TextContent), site.Urls.GlossaryTerm(entry.Id)),
            StringComparer.Ordinal);
    }

    internal static string FirstSentence(string text)
    {
        var plain = Whitespace().Replace(text, " ").Trim();
        var end = SentenceEnd().Match(plain);
        return end.Success ? plain[..(end.Index + 1)] : plain;
    }

    // A full stop, question or exclamation mark followed by a space and a capital (or an opening quote or bracket).
    [GeneratedRegex(@"[.!?](?=\s+[\p{Lu}„“""‘(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

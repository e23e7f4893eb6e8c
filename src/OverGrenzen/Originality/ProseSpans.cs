using OverGrenzen.Loading;
using OverGrenzen.Markdown;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OverGrenzen.Originality;

/// <summary>
/// Where the prose of a content file is, as character spans of the file's own text (so every word
/// keeps its real line): the Markdown body of a page, and every YAML string value, in front matter
/// and in data files. Keys, comments and the titles in the bibliography are not prose and are left out.
/// </summary>
public static class ProseSpans
{
    /// <summary>The spans of <paramref name="text"/>, in file order. A file whose YAML does not parse gives what came before the error (the load stage reports it).</summary>
    public static IReadOnlyList<(int Start, int End)> Of(ContentFile file, string text)
    {
        var spans = new List<(int Start, int End)>();
        if (file.IsData)
        {
            YamlValues(text, 0, text.Length, IsBibliography(file) ? "title" : null, spans);
            return spans;
        }
        if (!file.IsPage)
            return spans;

        var bodyStart = 0;
        // Markdig decides where the front matter ends, exactly as in the loader.
        if (SiteMarkdown.FrontMatterOf(text) is { Lines.Count: > 0 } frontMatter)
        {
            var first = frontMatter.Lines.Lines[0].Slice.Start;
            var last = frontMatter.Lines.Lines[frontMatter.Lines.Count - 1].Slice.End + 1;
            YamlValues(text, first, last, null, spans);
            bodyStart = Math.Min(text.Length, frontMatter.Span.End + 1);
        }
        spans.Add((bodyStart, text.Length));
        return spans;
    }

    private static bool IsBibliography(ContentFile file) =>
        file.RelativePath.StartsWith(ContentLayout.SourcesFolder + "/", StringComparison.Ordinal);

    /// <summary>The string values of the YAML in <c>text[start..end)</c>; values under the key <paramref name="skippedKey"/> are left out.</summary>
    private static void YamlValues(string text, int start, int end, string? skippedKey, List<(int Start, int End)> spans)
    {
        // Each open mapping remembers whether its next scalar is a key, and the last key it read.
        var open = new Stack<(bool IsMapping, bool ExpectKey, string? Key)>();
        var parser = new Parser(new StringReader(text[start..end]));
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart:
                        open.Push((true, true, null));
                        break;
                    case SequenceStart:
                        open.Push((false, false, null));
                        break;
                    case MappingEnd or SequenceEnd:
                        open.Pop();
                        ValueDone();
                        break;
                    case Scalar scalar when open.TryPeek(out var top) && top is { IsMapping: true, ExpectKey: true }:
                        open.Pop();
                        open.Push((true, false, scalar.Value));
                        break;
                    case Scalar scalar:
                        if (!(open.TryPeek(out var owner) && owner.IsMapping && owner.Key == skippedKey && skippedKey is not null))
                            spans.Add(Inside(scalar, start));
                        ValueDone();
                        break;
                }
            }
        }
        catch (YamlException)
        {
        }

        void ValueDone()
        {
            if (open.TryPop(out var top))
                open.Push(top.IsMapping ? (true, true, top.Key) : top);
        }
    }

    /// <summary>The scalar's text without its quotation marks (for a block scalar, the <c>|</c> or <c>&gt;</c> is punctuation and drops out anyway).</summary>
    private static (int Start, int End) Inside(Scalar scalar, int offset)
    {
        var (from, to) = ((int)scalar.Start.Index + offset, (int)scalar.End.Index + offset);
        return scalar.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted && to - from >= 2 ? (from + 1, to - 1) : (from, to);
    }
}

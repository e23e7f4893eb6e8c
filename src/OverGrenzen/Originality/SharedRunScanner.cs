using System.Text;
using OverGrenzen.Loading;

namespace OverGrenzen.Originality;

/// <summary>
/// One pass over a content file: its prose is split into words (cited quotations left out), every
/// window of <see cref="SourceIndex.RunLength"/> words is looked up in the sources, and overlapping
/// hits are merged into one <see cref="SharedRun"/> per maximal run.
/// </summary>
public sealed class SharedRunScanner(SourceIndex sources)
{
    /// <summary>How many words of the run the finding quotes, to recognise it by.</summary>
    private const int QuotedWords = 10;

    public IReadOnlyList<SharedRun> Scan(ContentFile file, string text)
    {
        var words = new List<Word>();
        foreach (var (start, end) in ProseSpans.Of(file, text))
        {
            var first = words.Count;
            WordTokenizer.Read(text, start, end, words, CitedQuotations.In(text, start, end));
            // A run never joins two YAML values, or a value and the body.
            if (words.Count > first)
                words[first] = words[first] with { AfterGap = true };
        }

        var runs = new List<SharedRun>();
        var lines = new LineMap(text);
        var sinceGap = 0; // words in a row so far without a gap, ending at w
        var runStart = -1;
        (SourceDocument Document, int Word) runSource = (null!, 0); // set with runStart
        for (var w = 0; w < words.Count; w++)
        {
            sinceGap = words[w].AfterGap ? 1 : sinceGap + 1;
            var windowStart = w - SourceIndex.RunLength + 1;
            var hit = sinceGap >= SourceIndex.RunLength ? sources.Find(words, windowStart) : null;
            if (hit is not null && runStart < 0)
                (runStart, runSource) = (windowStart, hit.Value);
            if (hit is null && runStart >= 0)
            {
                // The last window that matched started 12 words back: the run ends on the word before this one.
                runs.Add(Run(runStart, w - 1));
                runStart = -1;
            }
        }
        if (runStart >= 0)
            runs.Add(Run(runStart, words.Count - 1));
        return runs;

        SharedRun Run(int first, int last)
        {
            var (line, column) = lines.At(words[first].Offset);
            var quotedEnd = Math.Min(last, first + QuotedWords - 1);
            var endOfQuoted = words[quotedEnd].Offset + LengthOfWordAt(text, words[quotedEnd].Offset);
            var beginning = Collapse(text[words[first].Offset..endOfQuoted]) + (quotedEnd < last ? " …" : "");
            return new SharedRun(line, column, last - first + 1, runSource.Document, runSource.Document.LineOf(runSource.Word), beginning);
        }
    }

    private static int LengthOfWordAt(string text, int offset)
    {
        var end = offset;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '\'' or '’'))
            end++;
        return end - offset;
    }

    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (collapsed.Length > 0 && collapsed[^1] != ' ')
                    collapsed.Append(' ');
            }
            else
                collapsed.Append(c);
        }
        return collapsed.ToString();
    }
}

using System.Globalization;
using System.Text;
using OverGrenzen.Model;

namespace OverGrenzen.Originality;

/// <summary>
/// Splits text into normalised words, so that a copy is found however it was dressed up: lower case,
/// accents and ligatures folded (é → e, ﬁ → fi), punctuation ignored, a hyphen at a line end joined
/// (<c>samen-⏎werking</c> → <c>samenwerking</c>), and the Markdown that a copied sentence picks up
/// in a content file dropped: <c>[text](target)</c> counts as its text, <c>[@key]</c> citations and
/// <c>[^note]</c> markers count as nothing, emphasis markers (<c>*</c>, <c>_</c>) are ignored.
/// Sources and content go through the same tokenizer, so both sides are normalised alike.
/// </summary>
public static class WordTokenizer
{
    // Folded form of each UTF-16 unit, filled on first use; writes are idempotent, so threads may race.
    private static readonly string?[] Folded = new string?[char.MaxValue + 1];

    /// <summary>Appends the words of <c>text[start..end)</c> to <paramref name="words"/>, leaving out <paramref name="skipped"/> spans.</summary>
    public static void Read(string text, int start, int end, List<Word> words, IReadOnlyList<(int Start, int End)>? skipped = null)
    {
        var word = new StringBuilder();
        var wordStart = -1;
        var gap = true;
        var nextSkip = 0;
        var i = start;
        while (i < end)
        {
            if (skipped is not null && nextSkip < skipped.Count && i >= skipped[nextSkip].Start)
            {
                Flush();
                i = Math.Max(i, skipped[nextSkip].End);
                nextSkip++;
                gap = true;
                continue;
            }

            var c = text[i];
            if (c == '[' && i + 1 < end && text[i + 1] is '@' or '^')
            {
                // A citation or footnote marker is not part of the sentence around it.
                var close = text.IndexOf(']', i, end - i);
                if (close > 0)
                {
                    i = close + 1;
                    continue;
                }
            }
            if (c == ']' && i + 1 < end && text[i + 1] == '(')
            {
                // [text](target): the text was read already; the target is not prose.
                var close = text.IndexOf(')', i, end - i);
                if (close > 0)
                {
                    Flush();
                    i = close + 1;
                    continue;
                }
            }

            if (char.IsLetterOrDigit(c) || char.IsSurrogate(c))
            {
                if (wordStart < 0)
                    wordStart = i;
                if (c < 128)
                    word.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
                else
                    word.Append(Folded[c] ??= Fold(c));
                i++;
                continue;
            }

            if (wordStart >= 0 && IsInsideWord(text, i, end, out var next))
            {
                i = next;
                continue;
            }
            Flush();
            i++;
        }
        Flush();

        void Flush()
        {
            if (wordStart < 0)
                return;
            var folded = word.ToString();
            words.Add(new Word(folded, Hash(folded), wordStart, gap));
            gap = false;
            word.Clear();
            wordStart = -1;
        }
    }

    /// <summary>
    /// Whether the mark at <paramref name="i"/> sits inside a word and is dropped without ending it:
    /// a hyphen, apostrophe or emphasis marker between letters, or a hyphen at a line end before the
    /// word goes on. <paramref name="next"/> is where the word continues.
    /// </summary>
    private static bool IsInsideWord(string text, int i, int end, out int next)
    {
        next = i + 1;
        var c = text[i];
        if (c is not ('-' or '\u2010' or '\u2011' or '\u00AD' or '\'' or '\u2019' or '*' or '_'))
            return false;
        while (next < end && text[next] is '*' or '_')
            next++;
        if (next < end && char.IsLetterOrDigit(text[next]))
            return true;
        if (c is not ('-' or '\u2010' or '\u00AD'))
            return false;

        // Hyphenation: "samen-" at the end of a line, "werking" on the next (after any indentation).
        var j = next;
        var sawLineBreak = false;
        while (j < end && text[j] is ' ' or '\t' or '\r' or '\n')
        {
            sawLineBreak |= text[j] == '\n';
            j++;
        }
        if (!sawLineBreak || j >= end || !char.IsLetter(text[j]) || !char.IsLower(text[j]))
            return false;
        next = j;
        return true;
    }

    private static string Fold(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormKD);
        var kept = new StringBuilder();
        foreach (var part in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(part) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
                kept.Append(char.ToLowerInvariant(part));
        return kept.ToString();
    }

    /// <summary>The stable hash of one folded word (<see cref="StableHash"/>).</summary>
    public static ulong Hash(string folded) => StableHash.Fnv1a(folded);
}

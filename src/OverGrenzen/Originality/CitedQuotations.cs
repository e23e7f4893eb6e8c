namespace OverGrenzen.Originality;

/// <summary>
/// Finds real, marked quotations: text in quotation marks (“…”, "…", „…”, ‘…’) with a citation
/// <c>[@key]</c> right after the closing mark. Those words are the source's on purpose, so the copy
/// guard leaves them out. A locator between the two is allowed: <c>"…" (§3.5) [@rapport]</c>.
/// Quotation marks without a citation hide nothing.
/// </summary>
public static class CitedQuotations
{
    /// <summary>Longest quotation looked for, so that a stray opening mark cannot swallow a page.</summary>
    private const int MaxLength = 3000;

    private const int MaxLocatorLength = 40;

    /// <summary>The spans of <c>text[start..end)</c>, in order, from the opening mark to the end of the citation.</summary>
    public static IReadOnlyList<(int Start, int End)> In(string text, int start, int end)
    {
        var spans = new List<(int Start, int End)>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (!IsOpening(text, i, start))
            {
                i++;
                continue;
            }
            var close = FindClosing(text, i + 1, Math.Min(end, i + 1 + MaxLength), c);
            var citationEnd = close < 0 ? -1 : CitationAfter(text, close + 1, end);
            if (citationEnd < 0)
            {
                i++;
                continue;
            }
            spans.Add((i, citationEnd));
            i = citationEnd;
        }
        return spans;
    }

    private static bool IsOpening(string text, int i, int start)
    {
        var c = text[i];
        var afterWord = i > start && char.IsLetterOrDigit(text[i - 1]);
        return c switch
        {
            '“' or '„' => true,
            '"' or '‘' => !afterWord,
            _ => false,
        };
    }

    /// <summary>The closing mark within the paragraph (a quotation does not run over a blank line), or -1.</summary>
    private static int FindClosing(string text, int from, int limit, char opening)
    {
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            if (c == '\n' && IsBlankLineAfter(text, i, limit))
                return -1;
            var closes = opening switch
            {
                '“' => c == '”',
                '„' => c is '”' or '“',
                '"' => c == '"',
                // ’ is an apostrophe too ("auto’s"): it closes only where no letter follows.
                '‘' => c == '’' && (i + 1 >= text.Length || !char.IsLetter(text[i + 1])),
                _ => false,
            };
            if (closes)
                return i;
        }
        return -1;
    }

    private static bool IsBlankLineAfter(string text, int newline, int limit)
    {
        for (var j = newline + 1; j < limit; j++)
        {
            if (text[j] == '\n')
                return true;
            if (!char.IsWhiteSpace(text[j]))
                return false;
        }
        return false;
    }

    /// <summary>Where the citation that follows <paramref name="from"/> ends, or -1 when none follows right away.</summary>
    private static int CitationAfter(string text, int from, int end)
    {
        var i = from;
        while (i < end && (char.IsWhiteSpace(text[i]) || text[i] is '.' or ',' or ';' or ':' or '!' or '?'))
            i++;
        if (i < end && text[i] == '(')
        {
            var close = text.IndexOf(')', i, Math.Min(end - i, MaxLocatorLength));
            if (close < 0)
                return -1;
            i = close + 1;
            while (i < end && char.IsWhiteSpace(text[i]))
                i++;
        }
        if (i + 1 >= end || text[i] != '[' || text[i + 1] != '@')
            return -1;
        var closing = text.IndexOf(']', i, end - i);
        return closing < 0 ? -1 : closing + 1;
    }
}

using Markdig.Helpers;
using Markdig.Parsers;

namespace OverGrenzen.Markdown.Citations;

/// <summary>Parses <c>[@key]</c> and <c>[@key1; @key2]</c> (Pandoc's citation syntax, without locators).</summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@')
            return false;

        var start = slice.Start;
        var end = slice.Text.IndexOf(']', start, slice.End - start + 1);
        if (end < 0)
            return false;

        var inner = slice.Text.AsSpan(start + 1, end - start - 1).ToString();
        var keys = new List<string>();
        foreach (var part in inner.Split(';'))
        {
            var key = part.Trim();
            if (!key.StartsWith('@') || key.Length < 2 || !key[1..].All(IsKeyChar))
                return false;
            keys.Add(key[1..]);
        }

        var line = processor.GetSourcePosition(start, out var lineIndex, out var column);
        processor.Inline = new CitationInline
        {
            Keys = keys,
            Span = new Markdig.Syntax.SourceSpan(line, line + (end - start)),
            Line = lineIndex,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.';
}

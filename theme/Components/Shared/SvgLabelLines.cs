namespace OverGrenzen.Theme.Components.Shared;

/// <summary>
/// Breaks a label into lines for an SVG picture, which cannot wrap text itself. Widths are estimated
/// from the number of characters, on the wide side (DejaVu Sans, the widest usual system font), so that
/// a line fits its shape in every browser; the pictures are tested for that in a real one.
/// </summary>
public static class SvgLabelLines
{
    /// <summary>Average advance of one character, as a fraction of the font size (bold is wider).</summary>
    private const double Regular = 0.58;
    private const double Bold = 0.64;

    /// <summary>How many characters of <paramref name="fontSize"/> fit in <paramref name="width"/> SVG units.</summary>
    public static int Capacity(double width, double fontSize, bool bold = false) =>
        Math.Max(1, (int)Math.Floor(width / (fontSize * (bold ? Bold : Regular))));

    /// <summary>Words of <paramref name="text"/> in lines of at most <paramref name="maxChars"/> characters; a longer word gets a line of its own.</summary>
    public static IReadOnlyList<string> Wrap(string text, int maxChars)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars)
            {
                lines.Add(line);
                line = word;
            }
            else
                line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0)
            lines.Add(line);
        return lines;
    }
}

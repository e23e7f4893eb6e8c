using System.Text.RegularExpressions;

namespace OverGrenzen.Serving;

/// <summary>
/// Reads the headers netlify.toml sets for every path (<c>for = "/*"</c>), so that <c>serve</c> and the
/// browser tests run the site under exactly the Content-Security-Policy it has in production.
/// </summary>
public static partial class NetlifyHeaders
{
    public static IReadOnlyDictionary<string, string> ForAllPaths(string netlifyToml)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(netlifyToml))
            return headers;
        var inAllPaths = false;
        foreach (var raw in File.ReadLines(netlifyToml))
        {
            var line = raw.Trim();
            if (line.StartsWith("[[", StringComparison.Ordinal))
                inAllPaths = false;
            else if (ForPattern().Match(line) is { Success: true } forLine)
                inAllPaths = forLine.Groups[1].Value == "/*";
            else if (inAllPaths && ValuePattern().Match(line) is { Success: true } value)
                headers[value.Groups[1].Value] = value.Groups[2].Value;
        }
        return headers;
    }

    [GeneratedRegex("""^for\s*=\s*"([^"]*)"$""")]
    private static partial Regex ForPattern();

    [GeneratedRegex("""^([A-Za-z-]+)\s*=\s*"([^"]*)"$""")]
    private static partial Regex ValuePattern();
}

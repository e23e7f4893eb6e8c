using System.Text;
using OverGrenzen.Model.Urls;

namespace OverGrenzen.Output;

/// <summary>
/// Netlify's <c>_redirects</c> file: one permanent redirect a line (<c>/oude/url/  /nieuwe/url/  301</c>). The build
/// writes it from the pages' aliases; <c>serve</c> reads the same file, so both redirect alike.
/// </summary>
public sealed class NetlifyRedirects
{
    private readonly Dictionary<string, string> _targets;

    private NetlifyRedirects(Dictionary<string, string> targets) => _targets = targets;

    /// <summary>The file for these (old URL, page URL) pairs, sorted by old URL so that builds are byte-identical.</summary>
    public static OutputFile Write(IEnumerable<(string From, string To)> redirects)
    {
        var text = new StringBuilder("# Made by the build from the pages' 'aliases:' (old URL, page, status).\n");
        foreach (var (from, to) in redirects.OrderBy(r => r.From, StringComparer.Ordinal))
            text.Append(from).Append("  ").Append(to).Append("  301\n");
        return new OutputFile(SiteUrls.Redirects.TrimStart('/'), Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>Reads a <c>_redirects</c> file: plain "from to [status]" lines; comments and blank lines are skipped.</summary>
    public static NetlifyRedirects Parse(string text)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && !parts[0].StartsWith('#'))
                targets.TryAdd(SiteUrls.RedirectKey(parts[0]), parts[1]);
        }
        return new NetlifyRedirects(targets);
    }

    /// <summary>Where a request for <paramref name="path"/> is sent, or null when no line matches it.</summary>
    public string? TargetFor(string path) => _targets.GetValueOrDefault(SiteUrls.RedirectKey(path));
}

namespace OverGrenzen.Markdown;

/// <summary>Which link targets Markdown may use. Anything that can run script is refused.</summary>
public static class LinkSafety
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>True for relative URLs, fragments, http(s), mailto, tel and the site's cross-reference schemes.</summary>
    public static bool IsSafe(string? url, IReadOnlyList<string> crossReferenceSchemes)
    {
        if (string.IsNullOrEmpty(url))
            return true;
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so do we.
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':');
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
            return true;
        var scheme = compact[..colon].ToLowerInvariant();
        return SafeSchemes.Contains(scheme) || crossReferenceSchemes.Contains(scheme);
    }
}

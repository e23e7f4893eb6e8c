namespace OverGrenzen.Markdown.CrossReferences;

/// <summary>
/// A link to something on the site by its identity rather than its URL: <c>factor:wederzijds-vertrouwen</c>,
/// <c>onderzoek:zorglogistiek#bevindingen</c>, <c>page:kader/vormen</c>.
/// </summary>
public sealed record CrossReference(string Scheme, string Id, string? Fragment)
{
    /// <summary>Any page by its path.</summary>
    public const string Page = "page";

    /// <summary>A glossary term. The other schemes come from the content kinds (<c>ContentKind.CrossReferenceScheme</c>).</summary>
    public const string Term = "begrip";

    /// <param name="schemes">The schemes in use (see <see cref="ICrossReferenceResolver.Schemes"/>).</param>
    public static bool TryParse(string? text, IReadOnlyList<string> schemes, out CrossReference reference)
    {
        reference = null!;
        if (string.IsNullOrEmpty(text))
            return false;
        var colon = text.IndexOf(':');
        if (colon <= 0 || !schemes.Contains(text[..colon]))
            return false;

        var rest = text[(colon + 1)..];
        var hash = rest.IndexOf('#');
        var id = hash < 0 ? rest : rest[..hash];
        var fragment = hash < 0 ? null : rest[(hash + 1)..];
        reference = new CrossReference(text[..colon], id.Trim('/'), string.IsNullOrEmpty(fragment) ? null : fragment);
        return true;
    }

    public override string ToString() => Fragment is null ? $"{Scheme}:{Id}" : $"{Scheme}:{Id}#{Fragment}";
}

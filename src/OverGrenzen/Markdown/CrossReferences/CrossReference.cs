namespace OverGrenzen.Markdown.CrossReferences;

/// <summary>
/// A link to something on the site by its identity rather than its URL: <c>factor:wederzijds-vertrouwen</c>,
/// <c>onderzoek:zorglogistiek#bevindingen</c>, <c>page:kader/vormen</c>.
/// </summary>
public sealed record CrossReference(string Scheme, string Id, string? Fragment)
{
    public const string Page = "page";
    public const string Form = "vorm";
    public const string Category = "categorie";
    public const string Factor = "factor";
    public const string Study = "onderzoek";
    public const string Casus = "casus";
    public const string Route = "leerroute";
    public const string Term = "begrip";

    public static readonly IReadOnlyList<string> Schemes = [Page, Form, Category, Factor, Study, Casus, Route, Term];

    public static bool TryParse(string? text, out CrossReference reference)
    {
        reference = null!;
        if (string.IsNullOrEmpty(text))
            return false;
        var colon = text.IndexOf(':');
        if (colon <= 0 || !Schemes.Contains(text[..colon]))
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

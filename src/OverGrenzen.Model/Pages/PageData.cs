namespace OverGrenzen.Model.Pages;

/// <summary>
/// The front matter every Markdown file has. Each kind of page (a form, a factor, a study, a casus…)
/// is a subtype with its own typed fields; <c>type:</c> in the front matter picks the subtype.
/// </summary>
public abstract record PageData : ILocated
{
    public required string Title { get; init; }

    /// <summary>One sentence for search results and the meta description.</summary>
    public required string Description { get; init; }

    /// <summary>Orders navigation and lists; ties are broken by title.</summary>
    public int Weight { get; init; }

    /// <summary>The kind of page as written; the loader has already used it to pick the subtype.</summary>
    public string? Type { get; init; }

    /// <summary>A draft (<c>draft: true</c>): left out of <c>build</c>, shown in <c>serve</c> with a banner.</summary>
    public bool Draft { get; init; }

    /// <summary>Old URLs of this page (<c>aliases: [/oude/url/]</c>); each redirects here (Netlify <c>_redirects</c>, and <c>serve</c>).</summary>
    public IReadOnlyList<LocatedText> Aliases { get; init; } = [];

    public SourceLocation Location { get; init; }
}

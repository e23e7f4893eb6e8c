namespace OverGrenzen.Model.Reference;

/// <summary>A bibliography entry, cited in text as <c>[@key]</c>.</summary>
public sealed record Source : ILocated
{
    public required string Key { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public required string Year { get; init; }
    public required string Title { get; init; }
    public string? Container { get; init; }
    public string? Url { get; init; }

    /// <summary>For a work without an author: the few words of the title that stand in the author's
    /// place in an in-text citation (APA), instead of the whole title.</summary>
    public string? ShortTitle { get; init; }

    /// <summary>The title was looked up outside the site's source documents (they only give author and year).</summary>
    public bool TitleFromOutside { get; init; }
    public SourceLocation Location { get; init; }

    /// <summary>The author part of an in-text citation: "Bronstein", "Rutz &amp; Van Bochove", "Bartelink et al.".</summary>
    public string ShortAuthors => Authors.Count switch
    {
        0 => ShortTitle ?? Title,
        1 => Surname(Authors[0]),
        2 => $"{Surname(Authors[0])} & {Surname(Authors[1])}",
        _ => $"{Surname(Authors[0])} et al.",
    };

    /// <summary>"Bartelink et al., 2022" — without the parentheses, so several can share one pair.</summary>
    public string ShortCitation => $"{ShortAuthors}, {Year}";

    private static string Surname(string author) => author.Split(',')[0].Trim();
}

namespace OverGrenzen.Model.Pages;

/// <summary>An ordinary page: Markdown, optionally followed by a generated view (its layout).</summary>
public sealed record PlainPage : PageData
{
    /// <summary>A generated view placed after the body, e.g. <c>vormen-overzicht</c>.</summary>
    public string? Layout { get; init; }

    /// <summary>Whether a top-level page appears in the main navigation.</summary>
    public bool Nav { get; init; } = true;

    /// <summary>Forces the table of contents on or off; by default long pages get one.</summary>
    public bool? Toc { get; init; }

    /// <summary>Free tags (<c>tags: [..]</c>): each gets a page under <c>/tags/</c> and a search filter value.
    /// Only plain pages have them: the typed kinds are already grouped by their own fields (category, audience…).</summary>
    public IReadOnlyList<LocatedText> Tags { get; init; } = [];
}

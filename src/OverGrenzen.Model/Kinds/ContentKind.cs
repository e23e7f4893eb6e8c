using OverGrenzen.Model.Pages;

namespace OverGrenzen.Model.Kinds;

/// <summary>
/// One kind of page (a form, a factor, a casus…): everything the engine needs to know about it, in one place.
/// The loader, the cross-reference resolver, search and the page view all read this; nothing switches
/// over kind names elsewhere.
/// </summary>
public sealed record ContentKind
{
    /// <summary>The value of <c>type:</c> in front matter that picks this kind.</summary>
    public required string Name { get; init; }

    /// <summary>The record the front matter is read into (a subtype of <see cref="PageData"/>).</summary>
    public required Type DataType { get; init; }

    /// <summary>The scheme of a cross-reference to a page of this kind (<c>factor:…</c>), or null when it has none.</summary>
    public string? CrossReferenceScheme { get; init; }

    /// <summary>The search filter value; null files the page by its section (see the theme's SearchTypes).</summary>
    public string? SearchType { get; init; }

    /// <summary>The component that renders the content of a page of this kind; it receives the page context only.</summary>
    public required Type Component { get; init; }

    /// <summary>
    /// For a kind whose pages are made rather than read (the tag pages): makes them from the pages read from files.
    /// Such a kind has no files; <c>type:</c> cannot name it. Null for a kind read from files.
    /// </summary>
    public Func<IReadOnlyList<Page>, IEnumerable<Page>>? Generate { get; init; }

    /// <summary>Whether its pages go into the search index (false for lists that only repeat other pages' titles).</summary>
    public bool Indexed { get; init; } = true;

    /// <summary>The pages derived from each page of this kind (a lecturer page, a workbook…).</summary>
    public IReadOnlyList<PageVariant> Variants { get; init; } = [];
}

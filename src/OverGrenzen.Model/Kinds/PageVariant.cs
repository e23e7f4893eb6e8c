using OverGrenzen.Model.Pages;

namespace OverGrenzen.Model.Kinds;

/// <summary>
/// A page derived from another page, without a file of its own: the lecturer page of a casus, the 404 page.
/// Listed on a <see cref="ContentKind"/> (one per page of that kind) or on the registry (once, for the site).
/// </summary>
public sealed record PageVariant
{
    /// <summary>Names the variant in <c>data-page-type</c> (e.g. <c>lecturernotes</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Its URL, from <see cref="Urls.SiteUrls"/>, given the page it derives from.</summary>
    public required Func<Page, string> Url { get; init; }

    /// <summary>The component that renders its content; it receives the page context only.</summary>
    public required Type Component { get; init; }

    public required Func<Page, string> Title { get; init; }

    public required Func<Page, string> Description { get; init; }

    /// <summary>The last breadcrumb (the variant itself).</summary>
    public required string Crumb { get; init; }

    /// <summary>Whether the breadcrumbs run through the page it derives from (false: straight from the start page).</summary>
    public bool CrumbsThroughPage { get; init; } = true;

    /// <summary>Whether it shows the page's Markdown body too (then a body edit renders it again).</summary>
    public bool ShowsBody { get; init; }

    /// <summary>Whether a page of the kind gets this variant at all (the card sheet: only a casus with a classify question).</summary>
    public Func<Page, bool> AppliesTo { get; init; } = _ => true;

    /// <summary>Whether it shows other pages' bodies (a workbook shows its steps'): then every body edit renders it again.</summary>
    public bool ShowsOtherBodies { get; init; }

    /// <summary>The search filter value; null keeps the variant out of the search index.</summary>
    public string? SearchType { get; init; }
}

using OverGrenzen.Model.Pages;

namespace OverGrenzen.Model.Tags;

/// <summary>The generated page of one tag (<c>/tags/&lt;slug&gt;/</c>): no file; made from the pages that carry the tag.</summary>
public sealed record TagPage : PageData
{
    public required string Slug { get; init; }
}

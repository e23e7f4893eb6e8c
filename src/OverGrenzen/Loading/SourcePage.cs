using OverGrenzen.Model.Pages;

namespace OverGrenzen.Loading;

/// <summary>
/// A loaded page together with its Markdown body (parsed on demand; positions are file lines) and the raw text
/// of its front matter, which tells an edit of the body alone from one that changes the page's data.
/// </summary>
public sealed record SourcePage(Page Page, PageBody Body, string FrontMatter);

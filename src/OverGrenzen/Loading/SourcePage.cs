using Markdig.Syntax;
using OverGrenzen.Model.Pages;

namespace OverGrenzen.Loading;

/// <summary>
/// A loaded page together with its parsed Markdown body (positions are file lines) and the raw text
/// of its front matter, which tells an edit of the body alone from one that changes the page's data.
/// </summary>
public sealed record SourcePage(Page Page, MarkdownDocument Body, string FrontMatter);

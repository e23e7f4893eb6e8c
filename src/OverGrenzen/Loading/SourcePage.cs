using Markdig.Syntax;
using OverGrenzen.Model.Pages;

namespace OverGrenzen.Loading;

/// <summary>A loaded page together with its parsed Markdown body (positions are file lines).</summary>
public sealed record SourcePage(Page Page, MarkdownDocument Body);

using Microsoft.AspNetCore.Components;
using OverGrenzen.Model;
using OverGrenzen.Model.Pages;

namespace OverGrenzen.Theme.Services;

/// <summary>
/// What the theme needs from the engine to show Markdown written inside YAML: HTML with its
/// cross-references and citations resolved. Components never parse or read files themselves.
/// </summary>
public interface IMarkdownFormatter
{
    /// <summary>Block Markdown (paragraphs, lists) as HTML; <paramref name="headingShift"/> moves its headings that many levels down.</summary>
    MarkupString Blocks(MarkdownText? text, int headingShift = 0);

    /// <summary>A single paragraph without its &lt;p&gt; wrapper, for use inside a sentence or a table cell.</summary>
    MarkupString Inline(MarkdownText? text);

    /// <summary>A cross-reference written as text (<c>casus:x</c>) resolved to URL and title; null if unknown.</summary>
    (string Url, string Title)? Resolve(string reference);

    /// <summary>Another page's Markdown body as HTML (a workbook shows its steps'), its headings <paramref name="headingShift"/> levels down; empty when it has none.</summary>
    MarkupString BodyOf(Page page, int headingShift);
}

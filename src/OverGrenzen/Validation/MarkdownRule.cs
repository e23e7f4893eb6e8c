using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OverGrenzen.Diagnostics;
using OverGrenzen.Markdown;
using OverGrenzen.Markdown.Citations;
using OverGrenzen.Markdown.CrossReferences;
using OverGrenzen.Model;

namespace OverGrenzen.Validation;

/// <summary>
/// Checks all Markdown — page bodies and the Markdown inside YAML — for unknown cross-references and
/// citation keys, unsafe links, raw HTML, unknown boxes (<c>::: name</c>) and a second h1.
/// </summary>
public sealed class MarkdownRule : IValidationRule
{
    public RuleReads Reads => RuleReads.FrontMatterAndData | RuleReads.Bodies;

    public void Check(ValidationContext context)
    {
        // Bodies are parsed again here (see PageBody), so pages are checked in parallel; diagnostics are sorted when reported.
        Parallel.ForEach(context.Content.Pages, page =>
        {
            var file = page.Page.SourcePath;
            CheckDocument(context, page.Body.Parse(), file, firstLine: 1, isBody: true);
            foreach (var field in MarkdownFields.In(page.Page.Data))
                CheckField(context, field, file);
        });

        var data = context.Content.Data;
        foreach (var (record, file) in data.Files)
            foreach (var field in MarkdownFields.In(record))
                CheckField(context, field, file);
    }

    /// <summary>Checks one page's body only: all a body-only edit can break.</summary>
    public void CheckBody(ValidationContext context, Loading.SourcePage page) =>
        CheckDocument(context, page.Body.Parse(), page.Page.SourcePath, firstLine: 1, isBody: true);

    private static void CheckField(ValidationContext context, MarkdownText field, string file) =>
        CheckDocument(context, SiteMarkdown.Parse(field.Source), file, field.Location.Line, isBody: false);

    private static void CheckDocument(ValidationContext context, MarkdownDocument document, string file, int firstLine, bool isBody)
    {
        SourceLocation? firstBox = null;
        foreach (var node in document.Descendants())
        {
            var at = new SourceLocation(firstLine + node.Line, node.Column + 1);
            switch (node)
            {
                // One marked box per page: a reader finds every note on the sources in one place.
                case Markdig.Extensions.CustomContainers.CustomContainer { Info: MarkdownBoxes.Verantwoording } when isBody && firstBox is { } first:
                    context.Error(DiagnosticCodes.Content.SecondBox, file, at,
                        $"A second '::: {MarkdownBoxes.Verantwoording}' box. Put every note on the sources in the first one (line {first.Line}).");
                    break;
                case Markdig.Extensions.CustomContainers.CustomContainer { Info: MarkdownBoxes.Verantwoording } when isBody:
                    firstBox = at;
                    break;
                case HtmlBlock or HtmlInline:
                    context.Error(DiagnosticCodes.Content.RawHtml, file, at,
                        "Raw HTML is not allowed in content. Write Markdown instead (a table, a list, a link).");
                    break;
                case Markdig.Extensions.CustomContainers.CustomContainer box when !MarkdownBoxes.All.Contains(box.Info ?? ""):
                    context.Error(DiagnosticCodes.Content.UnknownBox, file, at,
                        $"Unknown box '::: {box.Info}'. Known boxes: {string.Join(", ", MarkdownBoxes.All)}.");
                    break;
                case Markdig.Extensions.CustomContainers.CustomContainerInline:
                    context.Error(DiagnosticCodes.Content.UnknownBox, file, at,
                        "'::text::' is not supported. Open a box on its own line with '::: verantwoording' and close it with ':::'.");
                    break;
                case HeadingBlock { Level: 1 } when isBody:
                    context.Error(DiagnosticCodes.Content.HeadingLevel, file, at,
                        "Do not write a '#' heading: the page title is the only h1. Start sections at '##'.");
                    break;
                case LinkInline link:
                    CheckLink(context, link.Url, file, at);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail:
                    CheckLink(context, autolink.Url, file, at);
                    break;
                case CitationInline citation:
                    foreach (var key in citation.Keys)
                        context.CheckCitation(key, file, at);
                    break;
            }
        }
    }

    private static void CheckLink(ValidationContext context, string? url, string file, SourceLocation at)
    {
        if (!LinkSafety.IsSafe(url, context.Resolver.Schemes))
            context.Error(DiagnosticCodes.Content.UnsafeLink, file, at,
                $"Unsafe link '{url}'. Links may use http, https, mailto, tel, a path on this site, or a cross-reference (factor:…, onderzoek:…).");
        else if (context.Resolver.TryParse(url, out var reference) && context.Resolver.Resolve(reference) is null)
            context.ReportUnresolved(reference, file, at);
    }
}

using AngleSharp.Html.Dom;

namespace OverGrenzen.PostProcessing;

/// <summary>
/// Collects every href and src of the page for the site-wide link check, with the Markdown line the
/// link renderer wrote into <c>data-src-line</c>; then strips that attribute so it never ships.
/// </summary>
public sealed class LinkCollector : IHtmlHandler
{
    public List<PageLink> Links { get; } = [];

    public void Process(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[href], [src]"))
        {
            var line = int.TryParse(element.GetAttribute("data-src-line"), out var l) ? l : 0;
            element.RemoveAttribute("data-src-line");
            foreach (var attribute in new[] { "href", "src" })
                if (element.GetAttribute(attribute) is { } target)
                    Links.Add(new PageLink(target, line));
        }
    }
}

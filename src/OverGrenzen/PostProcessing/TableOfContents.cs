using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace OverGrenzen.PostProcessing;

/// <summary>
/// Fills the theme's <c>nav[data-toc]</c> with the page's h2 and h3 headings, or removes it when the
/// page is short (fewer than three h2) unless the page forces it.
/// </summary>
public sealed class TableOfContents : IHtmlHandler
{
    public const int MinimumSections = 3;

    public void Process(IHtmlDocument document)
    {
        var toc = document.QuerySelector("nav[data-toc]");
        if (toc is null)
            return;

        var mode = toc.GetAttribute("data-toc");
        toc.RemoveAttribute("data-toc");
        var headings = document.QuerySelectorAll("main h2[id], main h3[id]")
            .Where(h => h.Closest("nav, aside, .question, .card, figure") is null)
            .ToArray();
        var sections = headings.Count(h => h.LocalName == "h2");

        if (mode == "never" || (mode != "always" && sections < MinimumSections) || headings.Length == 0)
        {
            toc.Remove();
            return;
        }

        var list = document.CreateElement("ol");
        IElement? currentSub = null;
        foreach (var heading in headings)
        {
            var item = document.CreateElement("li");
            var link = document.CreateElement("a");
            link.SetAttribute("href", "#" + heading.Id);
            link.TextContent = heading.TextContent.Trim();
            item.AppendChild(link);
            if (heading.LocalName == "h3" && list.LastElementChild is { } parent)
            {
                if (currentSub is null)
                {
                    currentSub = document.CreateElement("ol");
                    parent.AppendChild(currentSub);
                }
                currentSub.AppendChild(item);
            }
            else
            {
                list.AppendChild(item);
                currentSub = null;
            }
        }
        // Into the theme's <details> when it has one, so the list folds away on narrow screens.
        (toc.QuerySelector("details") ?? toc).AppendChild(list);
    }
}

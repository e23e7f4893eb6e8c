using AngleSharp.Html.Dom;

namespace OverGrenzen.PostProcessing;

/// <summary>
/// Wraps tables written in Markdown in a scroll container, so a wide table scrolls on a phone instead
/// of widening the page. The container is focusable and labelled, so keyboard users can scroll it too.
/// </summary>
public sealed class ScrollableTables : IHtmlHandler
{
    public void Process(IHtmlDocument document)
    {
        var number = 0;
        foreach (var table in document.QuerySelectorAll("main .prose table").ToArray())
        {
            if (table.ParentElement?.ClassList.Contains("table-scroll") == true)
                continue;
            var wrapper = document.CreateElement("div");
            wrapper.ClassList.Add("table-scroll");
            wrapper.SetAttribute("tabindex", "0");
            wrapper.SetAttribute("role", "region");
            wrapper.SetAttribute("aria-label", $"Tabel {++number}");
            table.Parent!.ReplaceChild(wrapper, table);
            wrapper.AppendChild(table);
        }
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace OverGrenzen.PostProcessing;

/// <summary>
/// Gives every glossary link in the main content (a <c>begrip:</c> reference, which the link renderer marks
/// with <see cref="Attribute"/>) a small button that opens the term's short definition in place. The
/// definition is an HTML popover right after the button: it needs no script, the browser gives it keyboard
/// support (Enter opens, Esc closes) and tells screen readers it is expanded. The link to /begrippen/ stays.
/// </summary>
public sealed class TermTips(IReadOnlyDictionary<string, TermTip> tips) : IHtmlHandler
{
    /// <summary>Carries the term id from the link renderer to this handler; never written to the output.</summary>
    public const string Attribute = "data-term";

    public void Process(IHtmlDocument document)
    {
        var number = 0;
        foreach (var link in document.QuerySelectorAll("[" + Attribute + "]").ToArray())
        {
            var id = link.GetAttribute(Attribute)!;
            link.RemoveAttribute(Attribute);
            // In a heading a button would become part of the heading's name (and of the table of contents).
            if (!tips.TryGetValue(id, out var tip) || link.Closest("main") is null || link.Closest("h1, h2, h3, h4, h5, h6") is not null)
                continue;
            var tipId = $"uitleg-{id}-{++number}";
            link.After(Button(document, tip, tipId), Popover(document, tip, tipId));
        }
    }

    private static IElement Button(IDocument document, TermTip tip, string tipId)
    {
        var button = document.CreateElement("button");
        button.SetAttribute("type", "button");
        button.SetAttribute("class", "term-toggle");
        button.SetAttribute("popovertarget", tipId);
        var mark = document.CreateElement("span");
        mark.SetAttribute("aria-hidden", "true");
        mark.TextContent = "?";
        var name = document.CreateElement("span");
        name.SetAttribute("class", "visually-hidden");
        name.TextContent = "Wat betekent " + tip.Term + "?";
        button.Append(mark, name);
        return button;
    }

    // A span, not a div: the link usually stands inside a paragraph, which may hold phrasing content only.
    private static IElement Popover(IDocument document, TermTip tip, string tipId)
    {
        var popover = document.CreateElement("span");
        popover.Id = tipId;
        popover.SetAttribute("popover", "");
        popover.SetAttribute("class", "term-tip");
        var term = document.CreateElement("strong");
        term.TextContent = tip.Term;
        var more = document.CreateElement("a");
        more.SetAttribute("href", tip.Url);
        more.TextContent = "Meer bij Begrippen";
        popover.Append(term, document.CreateTextNode(" " + tip.Summary + " "), more);
        return popover;
    }
}

using Microsoft.AspNetCore.Components;
using OverGrenzen.Model;
using OverGrenzen.Model.Pages;

namespace OverGrenzen.Theme;

/// <summary>Everything one page template receives: the site, the page, its rendered body and the chrome.</summary>
public sealed record PageContext
{
    public required Site Site { get; init; }

    /// <summary>The page, or a generated page (lecturer notes, 404) that has no file of its own.</summary>
    public required Page Page { get; init; }

    public required MarkupString Body { get; init; }

    public required SiteChrome Chrome { get; init; }

    /// <summary>Which generated page this is, if any (lecturer notes for a casus or route, a casus in classroom mode, the 404 page).</summary>
    public GeneratedPageKind Generated { get; init; }

    public string Url => UrlFor(Page, Generated);

    /// <summary>The one place that says where a generated page lives, relative to the page it belongs to.</summary>
    public static string UrlFor(Page page, GeneratedPageKind generated) => generated switch
    {
        GeneratedPageKind.LecturerNotes => page.Url + "docent/",
        GeneratedPageKind.Classroom => page.Url + "klassikaal/",
        GeneratedPageKind.NotFound => "/404.html",
        _ => page.Url,
    };
}

public enum GeneratedPageKind
{
    None,
    LecturerNotes,

    /// <summary>A casus for projecting in class: one question a screen, answers on click, nothing stored.</summary>
    Classroom,
    NotFound,
}

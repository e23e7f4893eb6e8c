using Microsoft.AspNetCore.Components;
using OverGrenzen.Model;
using OverGrenzen.Model.Kinds;
using OverGrenzen.Model.Pages;

namespace OverGrenzen.Theme;

/// <summary>Everything one page template receives: the site, the page, its rendered body and the chrome.</summary>
public sealed record PageContext
{
    public required Site Site { get; init; }

    /// <summary>The page, or for a derived page (lecturer notes, 404) the page it derives from.</summary>
    public required Page Page { get; init; }

    public required MarkupString Body { get; init; }

    public required SiteChrome Chrome { get; init; }

    /// <summary>Which derived page this is (see <see cref="SiteKinds"/>), or null for the page itself.</summary>
    public PageVariant? Variant { get; init; }

    public ContentKind Kind => Site.Kinds.Of(Page.Data);

    public string Url => Variant?.Url(Page) ?? Page.Url;

    public string Title => Variant?.Title(Page) ?? Page.Title;

    public string Description => Variant?.Description(Page) ?? Page.Description;

    /// <summary>The component that renders the content: the variant's, or the kind's.</summary>
    public Type Component => Variant?.Component ?? Kind.Component;
}

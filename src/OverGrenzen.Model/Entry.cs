using OverGrenzen.Model.Pages;

namespace OverGrenzen.Model;

/// <summary>A page together with its typed data, so callers never cast.</summary>
public sealed record Entry<T>(Page Page, T Data) where T : PageData
{
    public string Id => Page.Id;
    public string Url => Page.Url;
    public string Title => Data.Title;
}

using OverGrenzen.Model.Pages;

namespace OverGrenzen.Model.Tags;

/// <summary>The generated page that lists every tag (<c>/tags/</c>); made only when some page has a tag.</summary>
public sealed record TagIndexPage : PageData;

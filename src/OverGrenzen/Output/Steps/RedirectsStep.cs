using OverGrenzen.Model.Urls;

namespace OverGrenzen.Output.Steps;

/// <summary>
/// <c>_redirects</c>: a permanent redirect from each page's old URLs (<c>aliases:</c>) to the page, for Netlify and
/// <c>serve</c>. Written only when some page has an alias, so a site without them gets no extra file.
/// </summary>
public sealed class RedirectsStep : OutputStep
{
    public override string Name => "redirects";

    public override Task<IReadOnlyList<OutputFile>> RunAsync(OutputContext context)
    {
        var redirects = context.Content.Site.Pages
            .SelectMany(page => page.Data.Aliases.Select(alias => (From: alias.Value, To: page.Url)))
            .ToArray();
        return Task.FromResult<IReadOnlyList<OutputFile>>(redirects.Length == 0 ? [] : [NetlifyRedirects.Write(redirects)]);
    }
}

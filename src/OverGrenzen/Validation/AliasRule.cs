using OverGrenzen.Diagnostics;
using OverGrenzen.Model;
using OverGrenzen.Model.Pages;
using OverGrenzen.Model.Urls;

namespace OverGrenzen.Validation;

/// <summary>
/// Every alias (<c>aliases: [/oude/url/]</c>) is a path on this site, and redirects from a URL no page or other
/// alias has: a collision would make the redirect or the page unreachable.
/// </summary>
public sealed class AliasRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var site = context.Site;
        var pagesByUrl = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            pagesByUrl.TryAdd(Key(page.Url), page.SourcePath);
            foreach (var variant in site.Kinds.Of(page.Data).Variants)
                pagesByUrl.TryAdd(Key(variant.Url(page)), page.SourcePath);
        }
        if (site.PageAt(SiteUrls.Home) is { } home)
            foreach (var variant in site.Kinds.SiteVariants)
                pagesByUrl.TryAdd(Key(variant.Url(home)), home.SourcePath);

        var aliases = new Dictionary<string, (Page Page, LocatedText Alias)>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
            foreach (var alias in page.Data.Aliases)
            {
                var file = page.SourcePath;
                if (Problem(alias.Value) is { } problem)
                {
                    context.Error(DiagnosticCodes.Content.InvalidAlias, file, alias.Location, $"Alias '{alias.Value}' {problem}");
                    continue;
                }
                var key = Key(alias.Value);
                if (pagesByUrl.TryGetValue(key, out var owner))
                    context.Error(DiagnosticCodes.Content.AliasCollision, file, alias.Location,
                        $"Alias '{alias.Value}' is the URL of a page ({owner}); a redirect there would hide that page. Remove the alias or move the page.");
                else if (aliases.TryGetValue(key, out var first))
                    context.Error(DiagnosticCodes.Content.AliasCollision, file, alias.Location,
                        $"Alias '{alias.Value}' is already an alias of {first.Page.SourcePath} (line {first.Alias.Location.Line}); one old URL can redirect to one page only.");
                else
                    aliases[key] = (page, alias);
            }
    }

    private static string Key(string url) => SiteUrls.RedirectKey(url);

    /// <summary>What is wrong with an alias as a redirect source, or null when it is a plain path on this site.</summary>
    private static string? Problem(string alias)
    {
        if (!alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal))
            return "must be a path on this site that starts with one '/', like /oude/url/.";
        if (alias.Split('/').Any(segment => segment is ".." or "."))
            return "may not contain '.' or '..' segments: write the old URL as it was, from the root.";
        if (alias.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '?' or '#' or '\\' or '*' or ':' or '!' or '"'))
            return "may only be a path: no spaces, query (?), fragment (#), backslash or Netlify placeholders (*, :name, !).";
        return null;
    }
}

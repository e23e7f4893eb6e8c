using OverGrenzen.Diagnostics;
using OverGrenzen.Model.Pages;
using OverGrenzen.Model.Urls;

namespace OverGrenzen.Validation;

/// <summary>Every tag has a URL (a letter or digit in it), and no content file sits where the generated tag pages go.</summary>
public sealed class TagRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var page in context.Site.Pages)
            if (page.Data is PlainPage plain)
                foreach (var tag in plain.Tags.Where(t => SiteUrls.TagSlug(t.Value).Length == 0))
                    context.Error(DiagnosticCodes.Content.InvalidValue, page.SourcePath, tag.Location,
                        $"Tag '{tag.Value}' has no letter or digit, so it cannot have a page under {SiteUrls.TagIndex}. Write the tag as a word.");

        if (context.Site.Tags.Count == 0)
            return;
        var generated = context.Site.Kinds.Generated.Select(k => k.DataType).ToHashSet();
        foreach (var page in context.Site.Pages.Where(p => !generated.Contains(p.Data.GetType()) && p.Url.StartsWith(SiteUrls.TagIndex, StringComparison.Ordinal)))
            context.Error(DiagnosticCodes.Content.DuplicateUrl, page.SourcePath, page.Data.Location,
                $"{page.Url} is where the generated tag pages go (the site has tags). Move this page elsewhere.");
    }
}

using OverGrenzen.Diagnostics;
using OverGrenzen.Model;

namespace OverGrenzen.Validation;

/// <summary>Two pages may not share a URL; bibliography keys, glossary ids and recommendation ids are unique.</summary>
public sealed class UniquenessRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var group in context.Content.Pages.GroupBy(p => p.Page.Url).Where(g => g.Count() > 1))
        {
            var first = group.First().Page.SourcePath;
            foreach (var duplicate in group.Skip(1))
                context.Error(DiagnosticCodes.Content.DuplicateUrl, duplicate.Page.SourcePath, SourceLocation.Start,
                    $"This page has the URL {group.Key}, which {first} already has. Rename or remove one of them.");
        }

        var data = context.Content.Data;
        Unique(context, data.Sources, s => s.Key, "bibliography key");
        Unique(context, data.Glossary, g => g.Id, "glossary id");
        Unique(context, data.Recommendations, r => r.Id, "recommendation id");
    }

    private static void Unique<T>(ValidationContext context, IEnumerable<T> records, Func<T, string> key, string what)
        where T : class, ILocated
    {
        foreach (var group in records.GroupBy(key).Where(g => g.Count() > 1))
        {
            var first = group.First();
            var firstFile = context.Content.Data.Files[first];
            foreach (var duplicate in group.Skip(1))
                context.Error(DiagnosticCodes.Content.DuplicateKey, context.Content.Data.Files[duplicate], duplicate.Location,
                    $"Duplicate {what} '{group.Key}': already defined in {firstFile} at line {first.Location.Line}.");
        }
    }
}

using OverGrenzen.Diagnostics;
using OverGrenzen.Model.Pages;

namespace OverGrenzen.Validation;

/// <summary>Data files name real factors and sources; plain pages name a layout the theme has.</summary>
public sealed class DataRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var data = context.Content.Data;
        foreach (var recommendation in data.Recommendations)
        {
            var file = data.Files[recommendation];
            foreach (var factor in recommendation.Factors)
                context.CheckReference("factor:" + factor, file, recommendation.Location, "Factor");
            if (recommendation.Source is { } source)
                context.CheckCitation(source, file, recommendation.Location);
        }
        foreach (var entry in data.Glossary)
        {
            if (entry.Source is { } source)
                context.CheckCitation(source, data.Files[entry], entry.Location);
            if (entry.General && entry.Source is not null)
                context.Error(DiagnosticCodes.Content.InvalidValue, data.Files[entry], entry.Location,
                    $"Glossary entry '{entry.Id}' is marked 'general: true' (general explanation, no source) and also names source '{entry.Source}'. Keep one: cite what a source says inline with [@key].");
        }
        foreach (var moment in data.Timeline)
            if (moment.Source is { } source)
                context.CheckCitation(source, data.Files[moment], moment.Location);

        foreach (var page in context.Site.Pages)
            if (page.Data is PlainPage { Layout: { } layout } && !Theme.LayoutNames.All.Contains(layout))
                context.Error(DiagnosticCodes.Content.UnknownLayout, page.SourcePath, page.Data.Location,
                    $"Unknown layout '{layout}'. Expected one of: {string.Join(", ", Theme.LayoutNames.All)}.");
    }
}

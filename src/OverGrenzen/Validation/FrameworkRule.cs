using OverGrenzen.Diagnostics;
using OverGrenzen.Model;
using OverGrenzen.Model.Framework;
using OverGrenzen.Model.Studies;

namespace OverGrenzen.Validation;

/// <summary>Forms, categories, factors and studies must fit together: every id a record names exists.</summary>
public sealed class FrameworkRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var site = context.Site;

        foreach (var form in site.Forms)
        {
            if (form.Data.Level is < 0 or > 4)
                context.Error(DiagnosticCodes.Framework.LevelOutOfRange, form.Page.SourcePath, form.Data.Location,
                    $"'level' must be a whole number from 0 (volledige segregatie) to 4 (teamwerk); found {(form.Data.Level < 0 ? "none" : form.Data.Level)}.");
        }
        foreach (var group in site.Forms.GroupBy(f => f.Data.Level).Where(g => g.Count() > 1))
            foreach (var form in group.Skip(1))
                context.Error(DiagnosticCodes.Framework.LevelOutOfRange, form.Page.SourcePath, form.Data.Location,
                    $"Level {group.Key} is already taken by {group.First().Page.SourcePath}; each form has its own level.");

        foreach (var category in site.Categories)
            if (string.IsNullOrWhiteSpace(category.Data.Role))
                context.Error(DiagnosticCodes.Framework.MissingRole, category.Page.SourcePath, category.Data.Location,
                    "A category needs its jazz-orchestra 'role' (De muzikant, Het samenspel, Het orkest or De concertzaal).");

        foreach (var factor in site.Factors)
            if (factor.Data.Category is { } id && site.Category(id) is null)
                context.Error(DiagnosticCodes.Framework.UnknownCategory, factor.Page.SourcePath, factor.Data.Location,
                    $"Unknown category '{id}'. Expected one of: {string.Join(", ", site.Categories.Select(c => c.Id))}.");

        foreach (var study in site.Studies)
            CheckStudy(context, study);
    }

    private static void CheckStudy(ValidationContext context, Entry<Study> study)
    {
        var file = study.Page.SourcePath;
        var data = study.Data;
        var site = context.Site;

        if (data.Citation is { } citation)
            context.CheckCitation(citation, file, data.Location);
        if (data.Form is { } form)
            CheckForm(form.Id, form.Location);
        foreach (var alternative in data.AlternativeForms)
        {
            CheckForm(alternative.Id, alternative.Location);
            if (alternative.Source is { } source)
                context.CheckCitation(source, file, alternative.Location);
        }
        foreach (var pilot in data.Pilots)
            CheckForm(pilot.Form, pilot.Location);

        if (data.Findings.Count == 0)
            context.Error(DiagnosticCodes.Framework.MissingFindings, file, data.Location,
                "A study needs at least one item under 'findings' (category, factor, effect, text).");
        foreach (var finding in data.Findings)
            CheckFinding(finding);

        void CheckForm(string? id, SourceLocation at)
        {
            if (id is not null && site.Form(id) is null)
                context.Error(DiagnosticCodes.Framework.UnknownForm, file, at,
                    $"Unknown form '{id}'. Expected one of: {string.Join(", ", site.Forms.Select(f => f.Id))}.");
        }

        void CheckFinding(Finding finding)
        {
            if (finding.Category is { } categoryId && site.Category(categoryId) is null)
                context.Error(DiagnosticCodes.Framework.UnknownCategory, file, finding.Location,
                    $"Unknown category '{categoryId}'. Expected one of: {string.Join(", ", site.Categories.Select(c => c.Id))}.");
            if (finding.Factor is not { } factorId)
                return;
            var factor = site.Factor(factorId);
            if (factor is null)
                context.Error(DiagnosticCodes.Framework.UnknownFactor, file, finding.Location,
                    $"Unknown factor '{factorId}'.{ValidationContext.Suggest(factorId, site.Factors.Select(f => f.Id))}");
            else if (finding.Category is not null && factor.Data.Category != finding.Category)
                context.Error(DiagnosticCodes.Framework.FactorInOtherCategory, file, finding.Location,
                    $"Factor '{factorId}' belongs to category '{factor.Data.Category}', not '{finding.Category}'.");
        }
    }
}

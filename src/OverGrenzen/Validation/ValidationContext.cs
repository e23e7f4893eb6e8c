using OverGrenzen.Diagnostics;
using OverGrenzen.Markdown.CrossReferences;
using OverGrenzen.Model;
using OverGrenzen.Pipeline;

namespace OverGrenzen.Validation;

/// <summary>What every validation rule sees: the loaded content, a resolver and where to report.</summary>
public sealed class ValidationContext(LoadedContent content, DiagnosticBag diagnostics)
{
    public LoadedContent Content { get; } = content;
    public Site Site => Content.Site;
    public SiteCrossReferenceResolver Resolver { get; } = new(content.Site);

    public void Error(string code, string file, SourceLocation at, string message) =>
        diagnostics.Error(code, file, Math.Max(at.Line, 1), Math.Max(at.Column, 1), message, "validate");

    /// <summary>Reports an unknown reference written as text in YAML, such as a route step or a <c>trains</c> entry.</summary>
    public void CheckReference(string text, string file, SourceLocation at, string what)
    {
        if (!Resolver.TryParse(text, out var reference))
            Error(DiagnosticCodes.Content.UnknownReference, file, at,
                $"{what} '{text}' is not a cross-reference. Expected scheme:id with a scheme of {string.Join(", ", Resolver.Schemes)} (e.g. factor:wederzijds-vertrouwen).");
        else if (Resolver.Resolve(reference) is null)
            ReportUnresolved(reference, file, at);
    }

    /// <summary>A reference nothing on the site answers: a draft the build leaves out (OG2012), or else unknown (OG2003).</summary>
    public void ReportUnresolved(CrossReference reference, string file, SourceLocation at)
    {
        if (DraftFor(reference) is { } draft)
            Error(DiagnosticCodes.Content.LinkToDraft, file, at, LinkToDraftMessage($"'{reference.Scheme}:{reference.Id}'", draft));
        else
            Error(DiagnosticCodes.Content.UnknownReference, file, at, UnknownTarget(reference));
    }

    /// <summary>Why a link to a draft is an error: the build leaves the draft out, so the link would lead nowhere.</summary>
    public static string LinkToDraftMessage(string link, Model.Pages.Page draft) =>
        $"Link {link} points at {draft.SourcePath}, a draft (draft: true) that build leaves out. Publish it (remove 'draft: true') or remove the link; serve shows drafts.";

    private Model.Pages.Page? DraftFor(CrossReference reference)
    {
        if (Content.Drafts.Count == 0)
            return null;
        if (reference.Scheme == CrossReference.Page)
            return Content.Drafts.FirstOrDefault(p => p.Url == (reference.Id.Length == 0 ? "/" : "/" + reference.Id + "/"));
        return Site.Kinds.ForScheme(reference.Scheme) is { } kind
            ? Content.Drafts.FirstOrDefault(p => p.Data.GetType() == kind.DataType && p.Id == reference.Id)
            : null;
    }

    public void CheckCitation(string key, string file, SourceLocation at)
    {
        if (Site.SourceFor(key) is null)
            Error(DiagnosticCodes.Content.UnknownCitation, file, at,
                $"Unknown bibliography key '{key}'. Add it to a file in content/data/bronnen/ or use an existing key.{Suggest(key, Site.Sources.Select(s => s.Key))}");
    }

    public string UnknownTarget(CrossReference reference)
    {
        var known = Resolver.KnownIds(reference.Scheme);
        return $"Unknown cross-reference '{reference.Scheme}:{reference.Id}': nothing of that kind has the id '{reference.Id}'.{Suggest(reference.Id, known)}";
    }

    /// <summary>" Did you mean 'x'?" for the closest known id, when one is close; otherwise empty.</summary>
    public static string Suggest(string wrong, IEnumerable<string> known)
    {
        var best = known.Select(k => (Key: k, Distance: EditDistance.Between(wrong, k)))
            .OrderBy(k => k.Distance).ThenBy(k => k.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is not null && best.Distance <= Math.Max(2, wrong.Length / 3) ? $" Did you mean '{best.Key}'?" : "";
    }
}

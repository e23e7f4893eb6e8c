using OverGrenzen.Diagnostics;
using OverGrenzen.Validation;

namespace OverGrenzen.Pipeline;

/// <summary>Stage 2: run every validation rule over the loaded content; all problems are collected.</summary>
public sealed class ValidateContent
{
    private static readonly IValidationRule[] Rules =
    [
        new UniquenessRule(),
        new MarkdownRule(),
        new FrameworkRule(),
        new ExerciseRule(),
        new DataRule(),
        new AliasRule(),
        new TagRule(),
    ];

    public void Run(LoadedContent content, DiagnosticBag diagnostics)
    {
        var context = new ValidationContext(content, diagnostics);
        foreach (var rule in Rules)
            rule.Check(context);
    }

    /// <summary>After a body-only edit: the rules that read bodies, on the changed pages (the same rules as a full build).</summary>
    public void RunOnBodies(LoadedContent content, IEnumerable<Loading.SourcePage> changed, DiagnosticBag diagnostics)
    {
        var context = new ValidationContext(content, diagnostics);
        var rules = Rules.Where(r => r.Reads.HasFlag(RuleReads.Bodies)).ToArray();
        foreach (var page in changed)
            foreach (var rule in rules)
                rule.CheckBody(context, page);
    }
}

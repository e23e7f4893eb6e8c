using OverGrenzen.Loading;

namespace OverGrenzen.Validation;

/// <summary>One family of checks over the loaded content. Rules report; they never stop at the first problem.</summary>
public interface IValidationRule
{
    /// <summary>
    /// What the rule reads. <c>serve</c>'s fast path (a body-only edit) runs <see cref="CheckBody"/> of every
    /// rule that reads bodies, on the changed pages; everything else waits for a full build.
    /// </summary>
    RuleReads Reads => RuleReads.FrontMatterAndData;

    void Check(ValidationContext context);

    /// <summary>Checks one page's body only (for rules that read <see cref="RuleReads.Bodies"/>).</summary>
    void CheckBody(ValidationContext context, SourcePage page) { }
}

[Flags]
public enum RuleReads
{
    FrontMatterAndData = 1,
    Bodies = 2,
}

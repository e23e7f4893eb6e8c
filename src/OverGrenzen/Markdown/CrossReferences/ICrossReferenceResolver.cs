namespace OverGrenzen.Markdown.CrossReferences;

/// <summary>Finds the target of a cross-reference in the loaded site; null when there is none.</summary>
public interface ICrossReferenceResolver
{
    ResolvedLink? Resolve(CrossReference reference);

    /// <summary>The schemes a cross-reference may use: <c>page</c>, one per content kind, <c>begrip</c>.</summary>
    IReadOnlyList<string> Schemes { get; }
}

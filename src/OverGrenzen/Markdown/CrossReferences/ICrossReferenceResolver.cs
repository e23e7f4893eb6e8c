namespace OverGrenzen.Markdown.CrossReferences;

/// <summary>Finds the target of a cross-reference in the loaded site; null when there is none.</summary>
public interface ICrossReferenceResolver
{
    ResolvedLink? Resolve(CrossReference reference);
}

namespace OverGrenzen.Markdown.CrossReferences;

/// <summary>Where a cross-reference goes, and the title to show when the link has no text of its own.</summary>
public sealed record ResolvedLink(string Url, string Title);

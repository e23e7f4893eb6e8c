namespace OverGrenzen.PostProcessing;

/// <summary>What a glossary term shows in place: its name, its first sentence as plain text, and its entry on <c>/begrippen/</c>.</summary>
public sealed record TermTip(string Term, string Summary, string Url);

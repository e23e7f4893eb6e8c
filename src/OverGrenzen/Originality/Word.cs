namespace OverGrenzen.Originality;

/// <summary>
/// One normalised word of a text: its folded form, a hash of that form, and where it starts in the
/// original text. <see cref="AfterGap"/> marks a word that a shared run may not reach back across
/// (the first word after a skipped quotation, or of a new YAML value).
/// </summary>
public readonly record struct Word(string Text, ulong Hash, int Offset, bool AfterGap);

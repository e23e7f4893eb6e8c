namespace OverGrenzen.Model;

/// <summary>
/// A short text value from YAML (a tag, an alias) with the line and column it was written at, so that
/// a problem with one list item is reported at that item rather than at the start of the front matter.
/// </summary>
public sealed record LocatedText(string Value, SourceLocation Location)
{
    public override string ToString() => Value;
}

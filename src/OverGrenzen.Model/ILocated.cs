namespace OverGrenzen.Model;

/// <summary>
/// A record read from YAML that knows where it started, so that validation can point at the
/// exact line. The loader fills <see cref="Location"/>; authors never write it.
/// </summary>
public interface ILocated
{
    SourceLocation Location { get; init; }
}

namespace OverGrenzen.Model;

/// <summary>
/// A hash that is the same in every run and process (unlike <see cref="string.GetHashCode()"/>), for what
/// must be byte-identical across builds: the seeded option order, the copy guard's shingles.
/// </summary>
public static class StableHash
{
    /// <summary>64-bit FNV-1a over the UTF-16 code units.</summary>
    public static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}

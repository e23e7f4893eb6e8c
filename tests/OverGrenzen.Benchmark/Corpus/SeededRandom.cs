namespace OverGrenzen.Benchmark.Corpus;

/// <summary>
/// A small, fixed pseudo-random generator (SplitMix64). Unlike <see cref="Random"/>, its sequence is
/// defined here, so the same seed gives the same corpus on every runtime and machine.
/// </summary>
public sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A number in [0, <paramref name="exclusiveMax"/>).</summary>
    public int Next(int exclusiveMax) => (int)(NextUInt64() % (ulong)exclusiveMax);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="inclusiveMax"/>].</summary>
    public int Between(int min, int inclusiveMax) => min + Next(inclusiveMax - min + 1);

    /// <summary>One element of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>True with the given probability (0–1).</summary>
    public bool Chance(double probability) => NextUInt64() < probability * ulong.MaxValue;

    private ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}

using OverGrenzen.Model;
namespace OverGrenzen.Theme;

/// <summary>
/// The order in which a question's options or items appear in the HTML (and so without JavaScript,
/// in print and in the search index): a shuffle seeded by casus id and question id, the same on
/// every build and on every machine. The browser reshuffles on every new attempt.
/// </summary>
public static class SeededOrder
{
    /// <summary>
    /// A permutation of <c>0..count-1</c>. Never the identity when <c>count</c> &gt; 1, because the
    /// source order is the answer order for ordering questions and right-first for many choice questions.
    /// </summary>
    public static IReadOnlyList<int> For(string casusId, string questionId, int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        var state = StableHash.Fnv1a($"{casusId}/{questionId}");
        for (var i = count - 1; i > 0; i--)
        {
            var j = (int)(Next(ref state) % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
        if (count > 1 && order.Select((value, index) => value == index).All(same => same))
            order = [.. order[1..], order[0]];
        return order;
    }

    /// <summary>SplitMix64: spreads the hash into a sequence of well-mixed numbers.</summary>
    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

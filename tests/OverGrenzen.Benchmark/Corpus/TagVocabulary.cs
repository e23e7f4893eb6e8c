namespace OverGrenzen.Benchmark.Corpus;

/// <summary>
/// The fixed tags of the synthetic corpus: each page draws 2–4 distinct ones from its own seeded stream, as real
/// content written for Hugo, Jekyll or Docusaurus carries a few tags a page. Plain words, so both generators
/// give them the same slug.
/// </summary>
public static class TagVocabulary
{
    public static readonly IReadOnlyList<string> All =
    [
        "jeugdhulp", "onderwijs", "wijkteam", "gezin", "school", "gemeente", "zorg", "veiligheid",
        "samenwerking", "overleg", "netwerk", "regie", "vertrouwen", "communicatie", "dossier", "privacy",
        "financiering", "beleid", "onderzoek", "praktijk", "opleiding", "leiderschap", "cultuur", "lokaal team",
    ];

    /// <summary>2–4 distinct tags, in the order drawn.</summary>
    public static IReadOnlyList<string> Draw(SeededRandom random)
    {
        var count = random.Between(2, 4);
        var tags = new List<string>(count);
        while (tags.Count < count)
        {
            var tag = random.Pick(All);
            if (!tags.Contains(tag))
                tags.Add(tag);
        }
        return tags;
    }
}

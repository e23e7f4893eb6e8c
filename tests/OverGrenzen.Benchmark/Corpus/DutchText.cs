namespace OverGrenzen.Benchmark.Corpus;

/// <summary>
/// Dutch-like prose from <see cref="DutchWords"/>: sentences built from a few fixed patterns, so the
/// text reads like Dutch to a tokenizer (and to Pagefind's Dutch stemmer) without being meaningful.
/// </summary>
public sealed class DutchText(SeededRandom random)
{
    /// <summary>A noun phrase such as "de gedeelde afspraak".</summary>
    public string NounPhrase() =>
        random.Chance(0.5)
            ? $"{random.Pick(DutchWords.Determiners)} {random.Pick(DutchWords.Adjectives)} {random.Pick(DutchWords.Nouns)}"
            : $"{random.Pick(DutchWords.Determiners)} {random.Pick(DutchWords.Nouns)}";

    /// <summary>One sentence of about 8–20 words, capitalised, ending in a full stop.</summary>
    public string Sentence()
    {
        var sentence = $"{NounPhrase()} {random.Pick(DutchWords.Verbs)} {random.Pick(DutchWords.Adverbs)} " +
                       $"{NounPhrase()} {random.Pick(DutchWords.Prepositions)} {NounPhrase()}";
        if (random.Chance(0.4))
            sentence += $", {random.Pick(DutchWords.Conjunctions)} {NounPhrase()} {random.Pick(DutchWords.Adverbs)} {random.Pick(DutchWords.Verbs)}";
        return Capitalise(sentence) + ".";
    }

    /// <summary>A paragraph of <paramref name="minSentences"/>–<paramref name="maxSentences"/> sentences.</summary>
    public string Paragraph(int minSentences = 3, int maxSentences = 5) =>
        string.Join(' ', Enumerable.Range(0, random.Between(minSentences, maxSentences)).Select(_ => Sentence()));

    /// <summary>A short title of two to four words, such as "Gedeelde regie rond het gezin".</summary>
    public string Title() =>
        Capitalise($"{random.Pick(DutchWords.Adjectives)} {random.Pick(DutchWords.Nouns)} {random.Pick(DutchWords.Prepositions)} {random.Pick(DutchWords.Nouns)}");

    /// <summary>The number of words in <paramref name="text"/>, counted like a reader would (Markdown marks excluded).</summary>
    public static int CountWords(string text) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

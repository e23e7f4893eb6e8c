namespace OverGrenzen.Originality;

/// <summary>
/// The source documents (plain text or Markdown) of a folder, read once: every run of
/// <see cref="RunLength"/> words is hashed into one table, so that a content file is checked in a
/// single pass with one lookup per word. A hit is confirmed word by word, so a hash collision never
/// becomes a finding.
/// </summary>
public sealed class SourceIndex
{
    /// <summary>A run of this many words shared with a source is a copy.</summary>
    public const int RunLength = 12;

    private static readonly string[] Extensions = [".txt", ".md", ".markdown"];

    private readonly Dictionary<ulong, (int Document, int Word)> _runs = new();

    private SourceIndex(IReadOnlyList<SourceDocument> documents)
    {
        Documents = documents;
        for (var d = 0; d < documents.Count; d++)
        {
            var words = documents[d].Words;
            for (var w = 0; w + RunLength <= words.Count; w++)
                _runs.TryAdd(RunHash(words, w), (d, w));
        }
    }

    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>Reads every .txt and .md file under <paramref name="folder"/>, in a stable order.</summary>
    public static SourceIndex Read(string folder)
    {
        var documents = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(name => SourceDocument.Read(name, File.ReadAllText(Path.Combine(folder, name))))
            .ToArray();
        return new SourceIndex(documents);
    }

    /// <summary>Where in the sources the run of <see cref="RunLength"/> words at <paramref name="start"/> also occurs, if anywhere.</summary>
    public (SourceDocument Document, int Word)? Find(IReadOnlyList<Word> words, int start)
    {
        if (!_runs.TryGetValue(RunHash(words, start), out var at))
            return null;
        var document = Documents[at.Document];
        for (var k = 0; k < RunLength; k++)
            if (!string.Equals(document.Words[at.Word + k].Text, words[start + k].Text, StringComparison.Ordinal))
                return null;
        return (document, at.Word);
    }

    private static ulong RunHash(IReadOnlyList<Word> words, int start)
    {
        var hash = 0UL;
        for (var k = 0; k < RunLength; k++)
            hash = (hash * 0x100000001B3UL) ^ words[start + k].Hash;
        return hash;
    }
}

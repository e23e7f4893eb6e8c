using OverGrenzen.Diagnostics;
using OverGrenzen.Loading;

namespace OverGrenzen.Originality;

/// <summary>
/// The copy guard: every run of <see cref="SourceIndex.RunLength"/> or more words that a content file
/// shares with a source document is an error, like a broken link. It reads the content files as
/// written (not the model), because what matters is the text an author typed, at its real line.
/// </summary>
public sealed class CopyGuard
{
    public const string Stage = "copy-guard";

    private readonly SharedRunScanner _scanner;

    private CopyGuard(SourceIndex sources) => _scanner = new SharedRunScanner(sources);

    /// <summary>The guard for the sources in <paramref name="sourcesRoot"/>, or null (and an error) when there are none to compare with.</summary>
    public static CopyGuard? For(string sourcesRoot, DiagnosticBag diagnostics)
    {
        var sources = Directory.Exists(sourcesRoot) ? SourceIndex.Read(sourcesRoot) : null;
        if (sources is { Documents.Count: > 0 })
            return new CopyGuard(sources);
        // An empty or mistyped folder would let every copy through unnoticed.
        diagnostics.Error(DiagnosticCodes.Originality.NoSources, sourcesRoot, 1, 1,
            $"No source documents to compare with: '{Path.GetFullPath(sourcesRoot)}' {(sources is null ? "does not exist" : "has no .txt or .md files")}. Pass the folder with the source documents to --sources.", Stage);
        return null;
    }

    /// <summary>Checks the pages and data files among <paramref name="files"/>.</summary>
    public void Check(IEnumerable<ContentFile> files, DiagnosticBag diagnostics) =>
        Parallel.ForEach(files.Where(f => f.IsPage || f.IsData), file =>
        {
            // Unreadable files are the load stage's to report; here they are simply not checked.
            var text = ContentText.Read(file, new DiagnosticBag());
            if (text is null)
                return;
            foreach (var run in _scanner.Scan(file, text))
                diagnostics.Error(DiagnosticCodes.Originality.SharedWithSource, file.RelativePath, run.Line, run.Column,
                    $"{run.WordCount} words in a row are the same as in the source {run.Source.Name} (line {run.SourceLine}): \"{run.Beginning}\". " +
                    "Write it in your own words, or mark a real quotation with quotation marks and a citation: \"…\" [@key].", Stage);
        });
}

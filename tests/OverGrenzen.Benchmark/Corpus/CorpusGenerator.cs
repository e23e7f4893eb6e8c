using System.Security.Cryptography;
using System.Text;

namespace OverGrenzen.Benchmark.Corpus;

/// <summary>What was written: where, how much, and a fingerprint that shows the same seed gave the same files.</summary>
public sealed record CorpusInfo(string ContentRoot, CorpusLayout Layout, long Bytes, string Sha256);

/// <summary>Writes a synthetic corpus (see <see cref="PageComposer"/> and <see cref="CorpusLayout"/>) to a folder.</summary>
public static class CorpusGenerator
{
    /// <summary>The seed used unless another is given; part of what makes two runs comparable.</summary>
    public const ulong DefaultSeed = 20_241_122;

    /// <summary>Replaces <paramref name="contentRoot"/> with a corpus of <paramref name="pages"/> pages.</summary>
    public static CorpusInfo Write(string contentRoot, int pages, ulong seed = DefaultSeed)
    {
        var layout = new CorpusLayout(pages);
        var composer = new PageComposer(layout, seed);
        if (Directory.Exists(contentRoot))
            Directory.Delete(contentRoot, recursive: true);

        var files = new List<(string Path, Func<string> Markdown)> { ("index.md", composer.RootIndex) };
        for (var folder = 1; folder <= layout.Folders; folder++)
        {
            var f = folder;
            files.Add((CorpusLayout.FolderIndexPath(f), () => composer.FolderIndex(f)));
            for (var page = 1; page <= layout.PagesIn(f); page++)
            {
                var p = page;
                files.Add((CorpusLayout.PagePath(f, p), () => composer.Page(f, p)));
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long bytes = 0;
        foreach (var (path, markdown) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var content = Encoding.UTF8.GetBytes(markdown());
            var full = Path.Combine(contentRoot, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, content);
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\0"));
            hash.AppendData(content);
            bytes += content.Length;
        }
        return new CorpusInfo(contentRoot, layout, bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}

using System.Security.Cryptography;
using OverGrenzen.Model.Urls;

namespace OverGrenzen.Output.Offline;

/// <summary>Every file of the finished build in the staging folder, by URL in ordinal order, each with a hash of its bytes.</summary>
public static class BuiltFiles
{
    public static IReadOnlyList<BuiltFile> In(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .AsParallel()
            .Select(path =>
            {
                // Hashed as a stream: reading each file into an array of its own would allocate the whole site again.
                using var file = File.OpenRead(path);
                return new BuiltFile(SiteUrls.ForOutputPath(Path.GetRelativePath(root, path)), file.Length, Short(SHA256.HashData(file)));
            })
            .OrderBy(f => f.Url, StringComparer.Ordinal)
            .ToArray();

    /// <summary>12 hex digits: plenty to tell two versions of one file, or of one build, apart.</summary>
    public static string Short(byte[] hash) => Convert.ToHexStringLower(hash)[..12];
}

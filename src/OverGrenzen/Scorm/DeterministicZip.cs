using System.IO.Compression;

namespace OverGrenzen.Scorm;

/// <summary>
/// A zip whose bytes depend only on its entries: sorted by path, one fixed timestamp, no extra fields; so the
/// same content gives the same file on every build (and Git or a CDN sees no change).
/// </summary>
public static class DeterministicZip
{
    /// <summary>Any date works as long as it is always the same; a zip cannot store dates before 1980.</summary>
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Create(IReadOnlyDictionary<string, byte[]> entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var target = entry.Open();
                target.Write(content);
            }
        }
        return stream.ToArray();
    }
}

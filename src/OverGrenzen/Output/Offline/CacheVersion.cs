using System.Security.Cryptography;
using System.Text;

namespace OverGrenzen.Output.Offline;

/// <summary>
/// The name of the offline cache of one build: a hash of every built file (URL and content) and of the
/// worker's own code. A byte-identical build gets the same name, so browsers keep what they stored;
/// any change gives a new name, and the new worker drops the old cache.
/// </summary>
public static class CacheVersion
{
    public const string Prefix = "overgrenzen-";

    public static string Of(IEnumerable<BuiltFile> files, params string[] extraInputs)
    {
        var text = new StringBuilder();
        foreach (var file in files)
            text.Append(file.Url).Append(' ').Append(file.Hash).Append('\n');
        foreach (var input in extraInputs)
            text.Append(input).Append('\n');
        return BuiltFiles.Short(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static string CacheName(string version) => Prefix + version;
}

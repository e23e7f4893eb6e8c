namespace OverGrenzen.Benchmark.Measuring;

/// <summary>The size of a folder on disk: the bytes of its files (not blocks) and how many files.</summary>
public sealed record FolderSize(long Bytes, int Files)
{
    /// <summary>Every file under <paramref name="folder"/>, recursively.</summary>
    public static FolderSize Of(string folder)
    {
        var files = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).ToArray();
        return new FolderSize(files.Sum(f => f.Length), files.Length);
    }
}

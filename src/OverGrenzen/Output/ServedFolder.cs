namespace OverGrenzen.Output;

/// <summary>
/// The output folder while <c>serve</c> runs. Full rebuilds (a staging swap), the fast path's page writes and
/// the swap of a new search index all change it, so each runs under the one lock here: never two writers at once.
/// </summary>
public sealed class ServedFolder(string root)
{
    private readonly SemaphoreSlim _oneWriter = new(1, 1);
    private long _version;

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Goes up after every write, so work prepared outside the lock (a search index) can tell it went stale.</summary>
    public long Version => Interlocked.Read(ref _version);

    public async Task<T> ExclusiveAsync<T>(Func<Task<T>> write, CancellationToken cancellation = default)
    {
        await _oneWriter.WaitAsync(cancellation);
        try
        {
            return await write();
        }
        finally
        {
            Interlocked.Increment(ref _version);
            _oneWriter.Release();
        }
    }

    /// <summary>Write beside, then rename over: a browser never reads a half-written page. Call inside <see cref="ExclusiveAsync{T}"/>.</summary>
    public void WriteReplacing(string relativePath, byte[] content)
    {
        var path = Path.Combine(Root, relativePath);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Puts a finished folder (made outside the site) in place of <paramref name="relativeFolder"/>: two renames,
    /// so the old one is served up to the moment the new one is there. Call inside <see cref="ExclusiveAsync{T}"/>.
    /// </summary>
    public void ReplaceFolder(string relativeFolder, string finished)
    {
        var target = Path.Combine(Root, relativeFolder);
        var retired = finished + ".old";
        if (Directory.Exists(retired))
            Directory.Delete(retired, recursive: true);
        if (Directory.Exists(target))
            Directory.Move(target, retired);
        Directory.Move(finished, target);
        if (Directory.Exists(retired))
            Directory.Delete(retired, recursive: true);
    }

    /// <summary>A private folder beside the output (not served) for work that is swapped in later.</summary>
    public string Beside(string purpose) =>
        Path.Combine(Path.GetDirectoryName(Root) ?? ".", "." + Path.GetFileName(Root) + "." + purpose + "-" + Environment.ProcessId);
}

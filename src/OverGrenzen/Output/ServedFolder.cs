namespace OverGrenzen.Output;

/// <summary>
/// The output folder while <c>serve</c> runs. Full rebuilds (a staging swap), the fast path's page writes and
/// the background search index all change it, so each runs under the one lock here: never two writers at once.
/// </summary>
public sealed class ServedFolder(string root)
{
    private readonly SemaphoreSlim _oneWriter = new(1, 1);

    public string Root { get; } = Path.GetFullPath(root);

    public async Task<T> ExclusiveAsync<T>(Func<Task<T>> write, CancellationToken cancellation = default)
    {
        await _oneWriter.WaitAsync(cancellation);
        try
        {
            return await write();
        }
        finally
        {
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
}

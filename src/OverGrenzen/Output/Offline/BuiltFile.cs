namespace OverGrenzen.Output.Offline;

/// <summary>A file of the finished build as the service worker sees it: its URL, its size and a hash of its bytes.</summary>
public sealed record BuiltFile(string Url, long Bytes, string Hash);

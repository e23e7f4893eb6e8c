namespace OverGrenzen.Output;

/// <summary>A file the build writes, by its path relative to the output folder.</summary>
public sealed record OutputFile(string Path, byte[] Content);

using System.Globalization;

namespace OverGrenzen.Benchmark.Reporting;

/// <summary>How figures are written in the output: invariant culture, binary units.</summary>
public static class Format
{
    /// <summary>"412.3 MiB"; "n/a" for null.</summary>
    public static string Bytes(long? bytes) => bytes switch
    {
        null => "n/a",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.00} GiB"),
    };

    /// <summary>"1.234 s" or "85 ms".</summary>
    public static string Duration(TimeSpan time) => time.TotalSeconds >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.00} s")
        : string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0} ms");

    /// <summary>"10,101".</summary>
    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"2.31×"; "" for null.</summary>
    public static string Ratio(double? ratio) => ratio is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r:0.00}×") : "";

    /// <summary>"1,234" pages per second.</summary>
    public static string Rate(double perSecond) => perSecond.ToString("#,0", CultureInfo.InvariantCulture);
}

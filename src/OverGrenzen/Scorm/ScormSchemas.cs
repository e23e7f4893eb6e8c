namespace OverGrenzen.Scorm;

/// <summary>
/// The SCORM 1.2 schema files that go beside <c>imsmanifest.xml</c> in every package (the LMS and xmllint
/// resolve the manifest's <c>schemaLocation</c> against them), plus <c>scorm12.xsd</c>, one entry point for xmllint.
/// Embedded in the engine so a build needs no file outside the repository.
/// </summary>
public static class ScormSchemas
{
    /// <summary>The four files each package carries.</summary>
    public static readonly IReadOnlyList<string> PackagedFiles =
        ["adlcp_rootv1p2.xsd", "ims_xml.xsd", "imscp_rootv1p1p2.xsd", "imsmd_rootv1p2p1.xsd"];

    /// <summary>Imports the three schemas, for <c>xmllint --schema scorm12.xsd imsmanifest.xml</c>.</summary>
    public const string EntryPoint = "scorm12.xsd";

    public static byte[] Read(string fileName)
    {
        using var stream = typeof(ScormSchemas).Assembly.GetManifestResourceStream("OverGrenzen.Scorm.Schemas." + fileName)
            ?? throw new InvalidOperationException($"The schema {fileName} is not embedded in the engine.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

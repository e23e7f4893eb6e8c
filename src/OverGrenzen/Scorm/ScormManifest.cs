using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace OverGrenzen.Scorm;

/// <summary>
/// <c>imsmanifest.xml</c> for SCORM 1.2 (IMS Content Packaging 1.1.2 with the ADL extensions): one organization
/// with an item per page, one resource per page that depends on one shared resource with the styles and scripts.
/// </summary>
public static class ScormManifest
{
    public const string FileName = "imsmanifest.xml";

    private static readonly XNamespace Cp = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    private static readonly XNamespace Adlcp = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SharedResource = "gedeeld";

    /// <param name="sharedFiles">The package's styles and scripts, by their path inside it.</param>
    public static byte[] Xml(PackagePlan plan, IReadOnlyList<string> sharedFiles)
    {
        var manifest = new XElement(Cp + "manifest",
            new XAttribute("identifier", plan.Identifier),
            new XAttribute("version", "1.0"),
            new XAttribute(XNamespace.Xmlns + "adlcp", Adlcp),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation",
                "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd " +
                "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd " +
                "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"),
            new XElement(Cp + "metadata",
                new XElement(Cp + "schema", "ADL SCORM"),
                new XElement(Cp + "schemaversion", "1.2")),
            new XElement(Cp + "organizations", new XAttribute("default", "inhoud"),
                new XElement(Cp + "organization", new XAttribute("identifier", "inhoud"),
                    new XElement(Cp + "title", plan.Title),
                    plan.Items.Select((item, i) => new XElement(Cp + "item",
                        new XAttribute("identifier", ItemId(i)),
                        new XAttribute("identifierref", ResourceId(i)),
                        new XElement(Cp + "title", item.Title),
                        item.MasteryScore is { } mastery ? new XElement(Adlcp + "masteryscore", mastery.ToString(CultureInfo.InvariantCulture)) : null)))),
            new XElement(Cp + "resources",
                plan.Items.Select((item, i) => new XElement(Cp + "resource",
                    new XAttribute("identifier", ResourceId(i)),
                    new XAttribute("type", "webcontent"),
                    new XAttribute(Adlcp + "scormtype", item.IsSco ? "sco" : "asset"),
                    new XAttribute("href", item.FileName),
                    new XElement(Cp + "file", new XAttribute("href", item.FileName)),
                    new XElement(Cp + "dependency", new XAttribute("identifierref", SharedResource)))),
                new XElement(Cp + "resource",
                    new XAttribute("identifier", SharedResource),
                    new XAttribute("type", "webcontent"),
                    new XAttribute(Adlcp + "scormtype", "asset"),
                    sharedFiles.Select(f => new XElement(Cp + "file", new XAttribute("href", f))))));

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
            new XDocument(new XDeclaration("1.0", "UTF-8", null), manifest).Save(writer);
        return stream.ToArray();
    }

    private static string ItemId(int index) => $"item-{index + 1:00}";

    private static string ResourceId(int index) => $"bron-{index + 1:00}";
}

using System.Text;
using System.Xml;

namespace OverGrenzen.Output;

/// <summary>sitemap.xml and robots.txt. URLs are relative to the site's base URL.</summary>
public static class SiteMap
{
    public static OutputFile Xml(string baseUrl, IEnumerable<string> urls)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var url in urls.Order(StringComparer.Ordinal))
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", baseUrl.TrimEnd('/') + url);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        return new OutputFile("sitemap.xml", stream.ToArray());
    }

    public static OutputFile Robots(string baseUrl) =>
        new("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {baseUrl.TrimEnd('/')}/sitemap.xml\n"));
}

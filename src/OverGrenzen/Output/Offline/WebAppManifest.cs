using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using OverGrenzen.Model.Urls;

namespace OverGrenzen.Output.Offline;

/// <summary><c>/manifest.webmanifest</c>: the Dutch name, the colours of the theme and its SVG icon, so the site can be added to a home screen.</summary>
public static class WebAppManifest
{
    /// <summary>The theme asset used as the icon (an SVG scales to every size a device asks for).</summary>
    public const string IconAsset = "img/favicon.svg";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Bytes(string siteTitle, IReadOnlyDictionary<string, string> assetUrls) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["name"] = siteTitle + " — interprofessioneel samenwerken in de jeugdhulp",
        ["short_name"] = siteTitle,
        ["description"] = "Het kader, de onderzoeken, casussen en leerroutes over samenwerken in de jeugdhulp; ook zonder verbinding te lezen.",
        ["lang"] = "nl",
        ["dir"] = "ltr",
        ["start_url"] = SiteUrls.Home,
        ["scope"] = SiteUrls.Home,
        ["display"] = "standalone",
        // --brand and --paper in site.css.
        ["theme_color"] = "#1f4e79",
        ["background_color"] = "#ffffff",
        ["icons"] = assetUrls.TryGetValue(IconAsset, out var icon)
            ? new object[] { new Dictionary<string, string> { ["src"] = icon, ["sizes"] = "any", ["type"] = "image/svg+xml", ["purpose"] = "any" } }
            : [],
    }, Options) + "\n");
}

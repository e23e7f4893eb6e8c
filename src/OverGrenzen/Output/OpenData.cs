using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using OverGrenzen.Model;

namespace OverGrenzen.Output;

/// <summary>
/// The framework and the study records as JSON and CSV under <c>/data/</c>, for researchers and
/// lecturers who want to reuse them. Written from the same records the pages are made from.
/// </summary>
public static class OpenData
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static IEnumerable<OutputFile> Files(Site site)
    {
        var framework = new
        {
            demandsCaveat = DemandsCaveat,
            taskCaveat = TaskCaveat,
            forms = site.Forms.Select(f => new
            {
                id = f.Id, url = f.Url, title = f.Title, level = f.Data.Level, description = f.Data.Description,
                predictability = Word(f.Data.Predictability), urgency = Word(f.Data.Urgency), complexity = Word(f.Data.Complexity),
                taskFromReport = f.Data.TaskFromReport,
                jointPlan = f.Data.JointPlan, pooledFunding = f.Data.PooledFunding,
                demands = f.Data.Demands.Rows.ToDictionary(r => r.Label, r => Word(r.Value)),
            }),
            categories = site.Categories.Select(c => new { id = c.Id, url = c.Url, title = c.Title, role = c.Data.Role, description = c.Data.Description }),
            factors = site.Factors.Select(f => new { id = f.Id, url = f.Url, title = f.Title, category = f.Data.Category, description = f.Data.Description }),
        };
        var studies = site.Studies.Select(s => new
        {
            id = s.Id, url = s.Url, title = s.Title, authors = s.Data.Authors, year = s.Data.Year,
            citation = site.SourceFor(s.Data.Citation)?.ShortCitation,
            form = s.Data.Form.Id,
            alternativeForms = s.Data.AlternativeForms.Select(a => new { form = a.Id, source = site.SourceFor(a.Source)?.ShortCitation ?? a.Source, where = a.Where }),
            pilots = s.Data.Pilots.Select(p => new { name = p.Name, form = p.Form }),
            fit = Word(s.Data.Fit.Verdict),
            findings = s.Data.Findings.Select(f => new { category = f.Category, factor = f.Factor, effect = Word(f.Effect), text = f.Text.Source }),
        });

        yield return new OutputFile("data/kader.json", JsonBytes(framework));
        yield return new OutputFile("data/onderzoeken.json", JsonBytes(studies));
        yield return new OutputFile("data/kader.csv", Csv(
            ["soort", "id", "titel", "categorie of niveau", "beschrijving"],
            site.Forms.Select(f => new[] { "vorm", f.Id, f.Title, f.Data.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Data.Description })
                .Concat(site.Categories.Select(c => new[] { "categorie", c.Id, c.Title, c.Data.Role, c.Data.Description }))
                .Concat(site.Factors.Select(f => new[] { "factor", f.Id, f.Title, f.Data.Category, f.Data.Description }))));
        yield return new OutputFile("data/onderzoeken.csv", Csv(
            ["onderzoek", "titel", "vorm", "categorie", "factor", "effect", "bevinding"],
            site.Studies.SelectMany(s => s.Data.Findings.Select(f => new[] { s.Id, s.Title, s.Data.Form.Id, f.Category, f.Factor, Word(f.Effect), f.Text.Source.Trim() }))));
    }

    /// <summary>
    /// The demands per form are the site's reading of the report's Tabel 2, not values the report
    /// prints; reusers get that caveat with the numbers (the page says the same on /kader/vormen/).
    /// </summary>
    private const string DemandsCaveat =
        "De waarden bij 'demands' zijn een reconstructie door deze site. Tabel 2 van het rapport (naar Xyrichis et al., 2018) " +
        "geeft de eisen met symbolen; laag/middel/hoog is onze vertaling. Netwerk en teamwerk volgen de hoofdlijn van de tabel, " +
        "de tussenstappen bij coördinatie en samenwerking zijn onze lezing, en volledige segregatie staat niet in Tabel 2 " +
        "(zonder samenwerking staan de eisen op 'laag').";

    /// <summary>Where the report gives no task characteristics for a form, the values are ours; reusers are told which.</summary>
    private const string TaskCaveat =
        "Bij een vorm met 'taskFromReport': false beschrijft het rapport geen kenmerken van de taak; predictability, urgency " +
        "en complexity zijn dan de lezing van deze site, volgens de logica van het continuüm.";

    private static string Word<T>(T value) where T : struct, Enum =>
        YamlDotNet.Serialization.NamingConventions.HyphenatedNamingConvention.Instance.Apply(value.ToString());

    private static byte[] JsonBytes(object value) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, Json) + "\n");

    /// <summary>RFC 4180 CSV with a BOM, so that spreadsheet programs read the accents right.</summary>
    private static byte[] Csv(string[] header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
            text.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

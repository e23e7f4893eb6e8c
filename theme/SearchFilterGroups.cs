using System.Text.Json;

namespace OverGrenzen.Theme;

/// <summary>
/// The filter groups on the search page, with the label of every value: written by SearchView into
/// <c>data-search-groups</c> and read by search.js, so the labels live here only.
/// </summary>
public static class SearchFilterGroups
{
    /// <summary>The label of each search type (see <see cref="SearchTypes"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string> TypeLabels = new Dictionary<string, string>
    {
        ["kader"] = "Kader",
        ["factor"] = "Factor",
        ["onderzoek"] = "Onderzoek",
        ["casus"] = "Casus",
        ["leerroute"] = "Leerroute",
        ["les"] = "Les of aanbeveling",
        ["begrip"] = "Begrip",
        ["docent"] = "Docentenhandleiding",
        ["pagina"] = "Pagina",
    };

    /// <summary>[Pagefind filter name, legend, labels per value], in the order shown.</summary>
    public static readonly IReadOnlyList<object[]> All =
    [
        ["type", "Soort pagina", TypeLabels],
        ["doelgroep", "Doelgroep", new Dictionary<string, string> { ["pabo"] = "PABO", ["sociaal-werk"] = "Sociaal werk", ["professional"] = "Professionals" }],
        ["categorie", "Categorie factoren", new Dictionary<string, string> { ["professioneel"] = "Professional", ["interpersoonlijk"] = "Interpersoonlijk", ["organisatie"] = "Organisatie", ["context"] = "Context" }],
    ];

    public static string Json { get; } = JsonSerializer.Serialize(All);

    /// <summary>The filter of the plain pages' tags; its values are the tag names, which are their own labels.</summary>
    public const string TagFilter = "tag";

    private static readonly string JsonWithTags = JsonSerializer.Serialize<IReadOnlyList<object[]>>([.. All, [TagFilter, "Tag", new Dictionary<string, string>()]]);

    /// <summary>The groups for this site: the tag filter only when some page has a tag.</summary>
    public static string JsonFor(Model.Site site) => site.Tags.Count == 0 ? Json : JsonWithTags;
}

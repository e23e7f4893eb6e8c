namespace OverGrenzen.Benchmark.Corpus;

/// <summary>The vocabulary of the synthetic corpus: everyday Dutch from the youth-care domain, with some diacritics.</summary>
internal static class DutchWords
{
    public static readonly string[] Nouns =
    [
        "jeugdhulp", "gezin", "kind", "ouder", "school", "leerkracht", "wijkteam", "professional", "samenwerking",
        "overleg", "afspraak", "dossier", "gemeente", "hulpverlener", "zorgaanbieder", "netwerk", "team", "rol",
        "verantwoordelijkheid", "vertrouwen", "doel", "plan", "budget", "wachtlijst", "regie", "casus", "signaal",
        "beleid", "organisatie", "praktijk", "uitkomst", "ervaring", "gesprek", "begeleider", "jeugdarts",
        "consulent", "veiligheid", "ontwikkeling", "opvoeding", "buurt", "wijk", "keten", "grens", "taak",
        "verwachting", "cultuur", "financiering", "coördinatie", "verwijzing", "huisbezoek", "leerling", "klas",
        "zorgplan", "mandaat", "werkdruk", "privacy", "overdracht", "evaluatie", "aanpak", "hulpvraag",
    ];

    public static readonly string[] Verbs =
    [
        "bespreekt", "deelt", "maakt", "zoekt", "helpt", "ondersteunt", "verbindt", "kiest", "begrijpt",
        "verandert", "versterkt", "bepaalt", "vraagt", "biedt", "volgt", "regelt", "draagt", "herkent", "toetst",
        "beschrijft", "verbetert", "vergroot", "beperkt", "organiseert", "coördineert", "bewaakt", "stemt af",
    ];

    public static readonly string[] Adjectives =
    [
        "gezamenlijke", "heldere", "lokale", "intensieve", "kwetsbare", "snelle", "duidelijke", "gedeelde",
        "professionele", "financiële", "nieuwe", "goede", "eerste", "belangrijke", "vaste", "passende", "korte",
        "lange", "open", "zorgvuldige", "praktische", "wederzijdse", "gescheiden", "tijdelijke",
    ];

    public static readonly string[] Adverbs =
    [
        "vaak", "soms", "samen", "steeds", "meestal", "zelden", "direct", "later", "beter", "eerder", "ook",
        "daarom", "vooral", "opnieuw", "bewust", "zichtbaar",
    ];

    public static readonly string[] Prepositions = ["met", "voor", "door", "in", "op", "bij", "aan", "over", "naar", "zonder", "rond", "tussen"];

    public static readonly string[] Determiners = ["de", "het", "een", "elke", "deze", "onze"];

    public static readonly string[] Conjunctions = ["omdat", "wanneer", "terwijl", "zodat", "hoewel", "nadat"];
}

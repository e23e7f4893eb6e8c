namespace OverGrenzen.Output.Offline;

/// <summary>What "Beschikbaar offline" stores for one leerroute: its pages (the route, every step, the pages a student uses along the way) and the other files (search).</summary>
public sealed record OfflineRoute(string Url, string Title, IReadOnlyList<string> Pages, IReadOnlyList<string> Files);

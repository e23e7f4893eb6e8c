namespace OverGrenzen.Model;

/// <summary>A three-step scale used for task characteristics and for the demands in Tabel 2.</summary>
public enum Level
{
    Laag,
    Middel,
    Hoog,
}

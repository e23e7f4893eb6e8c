namespace OverGrenzen.Model;

/// <summary>The three groups the site is written for.</summary>
public enum Audience
{
    Pabo,
    SociaalWerk,
    Professional,
}

namespace OverGrenzen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

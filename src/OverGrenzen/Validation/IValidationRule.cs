namespace OverGrenzen.Validation;

/// <summary>One family of checks over the loaded content. Rules report; they never stop at the first problem.</summary>
public interface IValidationRule
{
    void Check(ValidationContext context);
}

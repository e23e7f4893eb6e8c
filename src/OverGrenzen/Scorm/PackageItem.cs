namespace OverGrenzen.Scorm;

/// <summary>
/// One entry of a package's organization: a page of the site, packaged as <see cref="FileName"/>. A casus is a
/// SCO (it reports to the LMS); a reading step is an asset (the LMS marks it done when it is opened).
/// </summary>
/// <param name="MasteryScore">The score (0–100) to pass; null where there is nothing to score.</param>
public sealed record PackageItem(string Title, string PageUrl, string FileName, bool IsSco, int? MasteryScore);

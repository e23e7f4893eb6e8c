namespace OverGrenzen.Diagnostics;

/// <summary>Stable diagnostic codes, grouped by area (like DocFX's WarningCodes).</summary>
public static class DiagnosticCodes
{
    /// <summary>Reading files and front matter.</summary>
    public static class Load
    {
        public const string YamlSyntax = "OG1001";
        public const string FrontMatterMissing = "OG1002";
        public const string UnknownKey = "OG1003";
        public const string WrongType = "OG1004";
        public const string MissingField = "OG1005";
        public const string UnknownPageType = "OG1006";
        public const string EmptyFile = "OG1007";
        public const string FileTooLarge = "OG1008";
        public const string UnreadableFile = "OG1009";
        public const string UnknownDataFile = "OG1010";
        public const string UnreadableKind = "OG1011";
    }

    /// <summary>Checks on the whole site model.</summary>
    public static class Content
    {
        public const string DuplicateUrl = "OG2001";
        public const string DuplicateKey = "OG2002";
        public const string UnknownReference = "OG2003";
        public const string UnknownCitation = "OG2004";
        public const string UnsafeLink = "OG2005";
        public const string RawHtml = "OG2006";
        public const string InvalidValue = "OG2007";
        public const string UnknownLayout = "OG2008";
        public const string HeadingLevel = "OG2009";
        public const string AliasCollision = "OG2010";
        public const string InvalidAlias = "OG2011";
        public const string LinkToDraft = "OG2012";
        public const string UnknownBox = "OG2013";
        public const string SecondBox = "OG2014";
    }

    /// <summary>Checks on the framework and study records.</summary>
    public static class Framework
    {
        public const string UnknownForm = "OG3001";
        public const string UnknownCategory = "OG3002";
        public const string UnknownFactor = "OG3003";
        public const string FactorInOtherCategory = "OG3004";
        public const string MissingFindings = "OG3005";
        public const string MissingRole = "OG3006";
        public const string LevelOutOfRange = "OG3007";
    }

    /// <summary>Checks on exercises and routes.</summary>
    public static class Exercises
    {
        public const string CorrectAnswerCount = "OG4001";
        public const string UnknownClassifyCategory = "OG4002";
        public const string QuestionShape = "OG4003";
        public const string DuplicateQuestionId = "OG4004";
        public const string QuestionCount = "OG4005";
        public const string OptionCount = "OG4006";
        public const string EmptyHint = "OG4007";
        public const string ChecklistShape = "OG4008";
    }

    /// <summary>The search index.</summary>
    public static class Search
    {
        public const string IndexerFailed = "OG6001";
    }

    /// <summary>The copy guard (<c>--sources</c>): text taken over from the source documents.</summary>
    public static class Originality
    {
        public const string SharedWithSource = "OG7001";
        public const string NoSources = "OG7002";
    }

    /// <summary>Checks on the rendered HTML.</summary>
    public static class Output
    {
        public const string BrokenLink = "OG5001";
        public const string BrokenAnchor = "OG5002";
    }
}

using System.Text.RegularExpressions;
using OverGrenzen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace OverGrenzen.Loading;

/// <summary>
/// Turns YAML text into typed records with YamlDotNet, and YamlDotNet's exceptions into diagnostics
/// that point at the real line of the content file. One instance serves the whole build.
/// </summary>
public sealed partial class YamlReader
{
    private readonly IDeserializer _strict;
    private readonly IDeserializer _lenient;

    public YamlReader()
    {
        _strict = Configure(new DeserializerBuilder()).Build();
        _lenient = Configure(new DeserializerBuilder()).IgnoreUnmatchedProperties().Build();
    }

    private static DeserializerBuilder Configure(DeserializerBuilder builder) => builder
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithEnumNamingConvention(HyphenatedNamingConvention.Instance)
        .WithTypeConverter(new MarkdownScalarConverter())
        .WithTypeConverter(new LocatedTextConverter())
        .WithNodeDeserializer(new ReadOnlyListNodeDeserializer(), s => s.OnTop())
        .WithNodeDeserializer(inner => new LocatedNodeDeserializer(inner), s => s.InsteadOf<ObjectNodeDeserializer>());

    /// <summary>
    /// Reads <paramref name="yaml"/> as <typeparamref name="T"/>. <paramref name="firstLine"/> is the file
    /// line of the YAML's first line, so that every position in records and diagnostics is a file position.
    /// Unknown keys are errors unless <paramref name="lenient"/>.
    /// </summary>
    public T? Read<T>(string yaml, int firstLine, string file, DiagnosticBag diagnostics, bool lenient = false) =>
        (T?)Read(typeof(T), yaml, firstLine, file, diagnostics, lenient);

    /// <summary>Reads <paramref name="yaml"/> as <paramref name="type"/>: the registry's way, by a kind's record type.</summary>
    public object? Read(Type type, string yaml, int firstLine, string file, DiagnosticBag diagnostics, bool lenient = false)
    {
        // Padding with blank lines makes YamlDotNet's marks equal the file's lines.
        var padded = new string('\n', Math.Max(0, firstLine - 1)) + yaml;
        try
        {
            var value = (lenient ? _lenient : _strict).Deserialize(padded, type);
            if (value is not null && !lenient)
                RequiredFieldCheck.Run(value, file, diagnostics);
            return value;
        }
        catch (YamlException e)
        {
            diagnostics.Add(ToDiagnostic(e, type, file));
            return null;
        }
    }

    private static Diagnostic ToDiagnostic(YamlException e, Type target, string file)
    {
        var line = (int)e.Start.Line;
        var column = (int)e.Start.Column;
        var innermost = e;
        while (innermost.InnerException is YamlException inner)
            innermost = inner;

        if (UnknownPropertyPattern().Match(innermost.Message) is { Success: true } unknown)
        {
            var typeName = unknown.Groups["type"].Value;
            var owner = Type.GetType(typeName) ?? FindType(target, typeName);
            var key = unknown.Groups["key"].Value;
            var expected = owner is null ? "" : $"{Validation.ValidationContext.Suggest(key, KnownKeys(owner))} Expected one of: {string.Join(", ", KnownKeys(owner))}.";
            return Error(DiagnosticCodes.Load.UnknownKey, $"Unknown key '{key}'.{expected}");
        }

        if (e.InnerException is not null and not YamlException)
            return Error(DiagnosticCodes.Load.WrongType, $"Wrong type of value: {Describe(e.InnerException)}");
        if (e is SyntaxErrorException || innermost.Message.Contains("While parsing", StringComparison.Ordinal) || innermost.Message.Contains("While scanning", StringComparison.Ordinal))
        {
            // For a syntax error the end mark is where the parser gave up: the offending character.
            (line, column) = ((int)innermost.End.Line, (int)innermost.End.Column);
            return Error(DiagnosticCodes.Load.YamlSyntax, $"YAML does not parse: {CleanMessage(innermost.Message)}");
        }
        return Error(DiagnosticCodes.Load.WrongType, $"Wrong type of value: {CleanMessage(innermost.Message)}");

        Diagnostic Error(string code, string message) =>
            new(Severity.Error, code, file, Math.Max(line, 1), Math.Max(column, 1), message, "load");
    }

    private static string Describe(Exception e) => e switch
    {
        FormatException => "expected a number, true/false or one of the allowed words. " + e.Message,
        ArgumentException => "not one of the allowed values. " + e.Message,
        _ => e.Message,
    };

    private static string CleanMessage(string message) =>
        MarkPrefix().Replace(message, "").Trim();

    /// <summary>The YAML keys a record accepts, for "expected one of" messages.</summary>
    internal static IEnumerable<string> KnownKeys(Type type) =>
        type.GetProperties()
            .Where(p => p.CanWrite && p.Name != nameof(Model.ILocated.Location))
            .Select(p => CamelCaseNamingConvention.Instance.Apply(p.Name))
            .Order(StringComparer.Ordinal);

    private static Type? FindType(Type root, string name) =>
        root.Assembly.GetTypes().FirstOrDefault(t => t.FullName == name || t.Name == name)
        ?? typeof(Model.Site).Assembly.GetTypes().FirstOrDefault(t => t.FullName == name || t.Name == name);

    [GeneratedRegex(@"Property '(?<key>[^']*)' not found on type '(?<type>[^']*)'")]
    private static partial Regex UnknownPropertyPattern();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}

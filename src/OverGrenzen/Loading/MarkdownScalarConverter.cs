using OverGrenzen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace OverGrenzen.Loading;

/// <summary>
/// Reads a YAML string into <see cref="MarkdownText"/>, keeping the line where its text starts
/// (the line after <c>|</c> or <c>&gt;</c> for block scalars).
/// </summary>
internal sealed class MarkdownScalarConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(MarkdownText);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var scalar = parser.Consume<Scalar>();
        var isBlock = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
        var line = (int)scalar.Start.Line + (isBlock ? 1 : 0);
        var column = isBlock ? 1 : (int)scalar.Start.Column;
        return new MarkdownText(scalar.Value, new SourceLocation(line, column));
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        emitter.Emit(new Scalar(((MarkdownText?)value)?.Source ?? string.Empty));
}

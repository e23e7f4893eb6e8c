using OverGrenzen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace OverGrenzen.Loading;

/// <summary>Reads a YAML scalar into <see cref="LocatedText"/>, keeping where it was written; anything but a scalar is a wrong type.</summary>
internal sealed class LocatedTextConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(LocatedText);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        if (parser.Current is not Scalar)
            throw new YamlException(parser.Current!.Start, parser.Current.End, "Expected a text value (one item of a list), not a list or mapping.");
        var scalar = parser.Consume<Scalar>();
        return new LocatedText(scalar.Value, new SourceLocation((int)scalar.Start.Line, (int)scalar.Start.Column));
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        emitter.Emit(new Scalar(((LocatedText?)value)?.Value ?? string.Empty));
}

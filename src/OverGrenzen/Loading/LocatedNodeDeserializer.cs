using System.Collections.Concurrent;
using System.Reflection;
using OverGrenzen.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace OverGrenzen.Loading;

/// <summary>
/// Wraps YamlDotNet's object deserializer and stamps every <see cref="ILocated"/> record with the
/// line and column where its mapping started, the way every Markdig syntax node knows its line.
/// </summary>
internal sealed class LocatedNodeDeserializer(INodeDeserializer inner) : INodeDeserializer
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo> LocationProperties = new();

    public bool Deserialize(
        IParser reader,
        Type expectedType,
        Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value,
        ObjectDeserializer rootDeserializer)
    {
        var start = reader.Current?.Start;
        if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
            return false;

        if (value is ILocated && start is { } mark)
        {
            var property = LocationProperties.GetOrAdd(value.GetType(), t => t.GetProperty(nameof(ILocated.Location))!);
            property.SetValue(value, new SourceLocation((int)mark.Line, (int)mark.Column));
        }
        return true;
    }
}

using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace OverGrenzen.Loading;

/// <summary>
/// The model exposes lists as <see cref="IReadOnlyList{T}"/>; YamlDotNet does not construct that interface,
/// so a YAML sequence for one is read as a <see cref="List{T}"/>.
/// </summary>
internal sealed class ReadOnlyListNodeDeserializer : INodeDeserializer
{
    public bool Deserialize(
        IParser reader,
        Type expectedType,
        Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value,
        ObjectDeserializer rootDeserializer)
    {
        if (expectedType.IsGenericType && expectedType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            value = nestedObjectDeserializer(reader, typeof(List<>).MakeGenericType(expectedType.GetGenericArguments()));
            return true;
        }
        value = null;
        return false;
    }
}

using System.Diagnostics.CodeAnalysis;
using OverGrenzen.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace OverGrenzen.Loading;

/// <summary>
/// The model exposes lists as <see cref="IReadOnlyList{T}"/>; YamlDotNet does not construct that interface,
/// so a YAML sequence for one is read as a <see cref="List{T}"/>.
/// </summary>
internal sealed class ReadOnlyListNodeDeserializer : INodeDeserializer
{
    /// <summary>
    /// The model's lists of a value type. Native AOT can make a <see cref="List{T}"/> at run time only for a
    /// reference type T; for a value type (an enum) the list's code must be compiled in, so it is named here
    /// (the <see cref="DynamicDependency"/> below). A test checks that the model has no others.
    /// </summary>
    internal static readonly IReadOnlyDictionary<Type, Type> ValueTypeLists = new Dictionary<Type, Type>
    {
        [typeof(Audience)] = typeof(List<Audience>),
    };

    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(List<Audience>))]
    public bool Deserialize(
        IParser reader,
        Type expectedType,
        Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value,
        ObjectDeserializer rootDeserializer)
    {
        if (expectedType.IsGenericType && expectedType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = expectedType.GetGenericArguments()[0];
            var list = ValueTypeLists.TryGetValue(element, out var compiled) ? compiled : typeof(List<>).MakeGenericType(element);
            value = nestedObjectDeserializer(reader, list);
            return true;
        }
        value = null;
        return false;
    }
}

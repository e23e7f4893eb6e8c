using OverGrenzen.Loading;

namespace OverGrenzen.Tests.Loading;

/// <summary>
/// Native AOT cannot make a List of a value type at run time, so every such list the YAML fills must be
/// named in <see cref="ReadOnlyListNodeDeserializer.ValueTypeLists"/>; a new one that is not would fail only
/// in the AOT-published program.
/// </summary>
public class ValueTypeListTests
{
    [Fact]
    public void Every_model_list_of_a_value_type_is_compiled_in()
    {
        var elements = typeof(Model.Site).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties())
            .Where(p => p.CanWrite && p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .Where(t => t.IsValueType)
            .Distinct();

        Assert.All(elements, t => Assert.Equal(typeof(List<>).MakeGenericType(t), ReadOnlyListNodeDeserializer.ValueTypeLists[t]));
    }
}

using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using OverGrenzen.Model;

namespace OverGrenzen.Validation;

/// <summary>Finds every piece of Markdown inside a record tree (feedback texts, aims, notes…).</summary>
internal static class MarkdownFields
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static IEnumerable<MarkdownText> In(object? value)
    {
        switch (value)
        {
            case null or string:
                yield break;
            case MarkdownText text:
                yield return text;
                yield break;
            case IEnumerable sequence:
                foreach (var item in sequence)
                    foreach (var text in In(item))
                        yield return text;
                yield break;
        }
        if (value is not ILocated)
            yield break;
        var properties = Properties.GetOrAdd(value.GetType(), t =>
            t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray());
        foreach (var property in properties)
            foreach (var text in In(property.GetValue(value)))
                yield return text;
    }
}

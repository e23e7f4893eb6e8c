using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using OverGrenzen.Diagnostics;
using OverGrenzen.Model;
using YamlDotNet.Serialization.NamingConventions;

namespace OverGrenzen.Loading;

/// <summary>
/// YamlDotNet fills only the keys that are present, so a missing <c>required</c> member stays null.
/// This walks a freshly read record tree and reports each one at the line of the record that lacks it.
/// </summary>
internal static class RequiredFieldCheck
{
    private sealed record Member(PropertyInfo Property, bool Required);

    // A record type's members, read by reflection once per type rather than once per record: reading
    // attributes builds new attribute objects each time, and a large site has thousands of records.
    private static readonly ConcurrentDictionary<Type, Member[]> MembersByType = new();

    public static void Run(object root, string file, DiagnosticBag diagnostics) =>
        Visit(root, file, diagnostics, SourceLocation.Start);

    private static void Visit(object value, string file, DiagnosticBag diagnostics, SourceLocation parent)
    {
        if (value is IEnumerable sequence and not string)
        {
            foreach (var item in sequence)
                if (item is not null)
                    Visit(item, file, diagnostics, parent);
            return;
        }
        if (value is not ILocated located)
            return;

        var here = located.Location.Line > 0 ? located.Location : parent;
        foreach (var (property, required) in MembersByType.GetOrAdd(value.GetType(), MembersOf))
        {
            var child = property.GetValue(value);
            if (child is null)
            {
                if (required)
                    diagnostics.Error(DiagnosticCodes.Load.MissingField, file, here.Line, here.Column,
                        $"Missing required key '{CamelCaseNamingConvention.Instance.Apply(property.Name)}'.", "load");
                continue;
            }
            Visit(child, file, diagnostics, here);
        }
    }

    private static Member[] MembersOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .Select(p => new Member(p, p.IsDefined(typeof(RequiredMemberAttribute)) || IsRequired(p)))
            .ToArray();

    // C# marks 'required' on the member via RequiredMemberAttribute on the declaring type's properties.
    private static bool IsRequired(PropertyInfo property) =>
        property.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute");
}

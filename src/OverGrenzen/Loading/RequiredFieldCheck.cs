using System.Collections;
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
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || property.GetIndexParameters().Length > 0)
                continue;
            var child = property.GetValue(value);
            if (child is null)
            {
                if (property.IsDefined(typeof(RequiredMemberAttribute)) || IsRequired(property))
                    diagnostics.Error(DiagnosticCodes.Load.MissingField, file, here.Line, here.Column,
                        $"Missing required key '{CamelCaseNamingConvention.Instance.Apply(property.Name)}'.", "load");
                continue;
            }
            Visit(child, file, diagnostics, here);
        }
    }

    // C# marks 'required' on the member via RequiredMemberAttribute on the declaring type's properties.
    private static bool IsRequired(PropertyInfo property) =>
        property.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute");
}

namespace GaiEval.Tests.Support;

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

/// <summary>The types whose JSON metadata a root type reaches under some options: its properties, elements and keys, recursively.</summary>
public static class JsonMetadataGraph
{
    /// <summary>The types a source-generated context was declared for (its <see cref="JsonSerializableAttribute"/>s).</summary>
    public static Type[] RootsOf(Type context) =>
        [.. context.GetCustomAttributesData()
            .Where(attribute => attribute.AttributeType == typeof(JsonSerializableAttribute))
            .Select(attribute => (Type)attribute.ConstructorArguments[0].Value!)];

    public static IReadOnlySet<Type> TypesReachedFrom(JsonSerializerOptions options, params Type[] roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out Type? type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type) || type.IsEnum || type == typeof(object))
            {
                continue;
            }

            JsonTypeInfo info = options.GetTypeInfo(type);
            foreach (JsonPropertyInfo property in info.Properties)
            {
                pending.Push(property.PropertyType);
            }

            if (info.ElementType is { } element)
            {
                pending.Push(element);
            }

            if (info.KeyType is { } key)
            {
                pending.Push(key);
            }
        }

        return seen;
    }

    /// <summary>The enums reached from <paramref name="roots"/> that no <see cref="JsonStringEnumConverter{TEnum}"/> of the options converts.</summary>
    public static IEnumerable<Type> EnumsWithoutStringConverter(JsonSerializerOptions options, params Type[] roots) =>
        TypesReachedFrom(options, roots)
            .Where(type => type.IsEnum)
            .Where(type => !options.Converters.Any(c => c.GetType() == typeof(JsonStringEnumConverter<>).MakeGenericType(type)))
            .OrderBy(type => type.FullName, StringComparer.Ordinal);
}

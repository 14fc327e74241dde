using System.Text.Json;
using System.Text.Json.Serialization;

namespace TheoDoi.Tests.Infrastructure;

/// <summary>The API's JSON conventions (enums as kebab-case names), for reading responses.</summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}

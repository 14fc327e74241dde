using System.Text.Json;

namespace TheoDoi.Seed;

/// <summary>Reads the built-in data files (Seed/*.json), which travel inside the executable.</summary>
public static class BuiltInData
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T Read<T>(string fileName)
    {
        var name = "TheoDoi.Seed." + fileName;
        using var stream = typeof(BuiltInData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Built-in data file {fileName} is missing from the build.");
        return JsonSerializer.Deserialize<T>(stream, s_json)
            ?? throw new InvalidOperationException($"Built-in data file {fileName} is empty.");
    }
}

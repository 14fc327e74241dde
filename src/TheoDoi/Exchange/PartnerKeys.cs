using System.Security.Cryptography;
using System.Text;

namespace TheoDoi.Exchange;

/// <summary>
/// A partner key is <c>tdk_&lt;prefix&gt;_&lt;secret&gt;</c>: the prefix (8 characters, kept in clear) finds
/// its row and names it in lists and logs; only the SHA-256 of the whole key is stored. The secret is
/// 32 characters from a 54-letter alphabet (≈ 184 bits), so a plain hash is enough — there is no
/// password to stretch.
/// </summary>
public static class PartnerKeys
{
    public const string HeaderName = "X-Api-Key";
    public const string AuthorizationScheme = "ApiKey";
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static (string Key, string Prefix, string Hash) Create()
    {
        var prefix = RandomNumberGenerator.GetString(Alphabet, 8);
        var key = $"tdk_{prefix}_{RandomNumberGenerator.GetString(Alphabet, 32)}";
        return (key, prefix, Hash(key));
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The prefix of a well-formed key, or null.</summary>
    public static string? PrefixOf(string key)
    {
        var parts = key.Split('_');
        return parts is ["tdk", { Length: 8 } prefix, { Length: 32 }] ? prefix : null;
    }

    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));

    /// <summary>The key a request carries in <c>X-Api-Key</c> or <c>Authorization: ApiKey …</c>; null when it carries none.</summary>
    public static string? FromRequest(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && header.ToString() is { Length: > 0 } value)
        {
            return value.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(AuthorizationScheme + " ", StringComparison.OrdinalIgnoreCase)
            ? authorization[(AuthorizationScheme.Length + 1)..].Trim()
            : null;
    }
}

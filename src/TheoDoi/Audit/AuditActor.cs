namespace TheoDoi.Audit;

/// <summary>
/// Who is making a change: the signed-in user on a web request, otherwise the name set for the
/// current operation (the command line, the built-in data loader), otherwise "system".
/// </summary>
public sealed class AuditActor(IHttpContextAccessor http)
{
    private static readonly AsyncLocal<string?> s_ambient = new();

    public string Name =>
        http.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } user }
            ? user
            : s_ambient.Value ?? "system";

    /// <summary>Attributes the changes made until the result is disposed to <paramref name="actor"/>.</summary>
    public static IDisposable As(string actor)
    {
        var previous = s_ambient.Value;
        s_ambient.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => s_ambient.Value = previous;
    }
}

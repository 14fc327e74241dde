using Microsoft.AspNetCore.Authentication;

namespace TheoDoi.Exchange;

public static class ExchangeServices
{
    public static IServiceCollection AddExchange(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddScoped<ManagePartners>();
        services.AddScoped<ReadChanges>();
        return services;
    }

    /// <summary>Before authorization: a request with a partner key is decided by the key alone.</summary>
    public static WebApplication UsePartnerGate(this WebApplication app)
    {
        app.UseMiddleware<PartnerGate>();
        return app;
    }
}

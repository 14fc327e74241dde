using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TheoDoi.Audit;

public static class AuditServices
{
    /// <summary>
    /// Who acted and the interceptor that writes the trail. Every database context needs them
    /// (<see cref="Data.DataServices.AddData"/> calls this), so registering twice is harmless.
    /// </summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton<AuditActor>();
        services.TryAddSingleton<AuditInterceptor>();
        return services;
    }
}

namespace TheoDoi.Registries;

public static class RegistryServices
{
    public static IServiceCollection AddRegistries(this IServiceCollection services)
    {
        services.AddScoped<ParkRegistry>();
        services.AddScoped<WasteRegistry>();
        services.AddScoped<ComputeIndicatorValues>();
        services.AddScoped<RegistryWorkbook>();
        return services;
    }
}

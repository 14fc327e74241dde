namespace TheoDoi.Water.Licences;

public static class LicenceServices
{
    public static IServiceCollection AddLicences(this IServiceCollection services)
    {
        services.AddScoped<LicenceRegister>();
        services.AddScoped<ImportZones>();
        services.AddScoped<LicenceWorkbook>();
        return services;
    }
}

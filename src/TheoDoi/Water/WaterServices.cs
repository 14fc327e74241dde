namespace TheoDoi.Water;

public static class WaterServices
{
    public static IServiceCollection AddWater(this IServiceCollection services)
    {
        services.AddScoped<ImportObservations>();
        services.AddScoped<ComputeSamples>();
        services.AddScoped<ImportStations>();
        services.AddScoped<ValidateObservations>();
        services.AddScoped<ReplaceLevelVolume>();
        services.AddScoped<WaterSecurityReads>();
        services.AddScoped<StationForecast>();
        services.AddScoped<Security.ScorecardQuery>();
        services.AddScoped<WaterImportRun>();
        services.AddScoped<RecomputeDerived>();
        services.AddScoped<National.NationalExport>();
        services.AddSingleton<ImportProgress>();
        Licences.LicenceServices.AddLicences(services);
        return services;
    }

    /// <summary>The background recomputation of derived water values; only a running server starts it.</summary>
    public static IServiceCollection AddWaterJobs(this IServiceCollection services)
    {
        services.AddHostedService<RecomputeJob>();
        return services;
    }
}

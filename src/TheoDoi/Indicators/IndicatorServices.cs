namespace TheoDoi.Indicators;

public static class IndicatorServices
{
    public static IServiceCollection AddIndicators(this IServiceCollection services)
    {
        services.AddScoped<SaveValues>();
        services.AddScoped<ReviewValues>();
        services.AddScoped<EditIndicator>();
        services.AddScoped<ValueWorkbook>();
        return services;
    }
}

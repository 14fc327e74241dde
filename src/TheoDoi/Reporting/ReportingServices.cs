namespace TheoDoi.Reporting;

public static class ReportingServices
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddScoped<OpenCycle>();
        services.AddScoped<ReportEditing>();
        services.AddScoped<ConsolidatedFiles>();
        services.AddScoped<ReportReminders>();
        return services;
    }
}

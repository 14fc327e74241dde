namespace TheoDoi.Tasks;

public static class TaskServices
{
    public static IServiceCollection AddTasks(this IServiceCollection services)
    {
        services.AddScoped<UpdateTask>();
        services.AddScoped<AddEvidence>();
        services.AddScoped<TaskChangeNotices>();
        services.AddScoped<TaskReminders>();
        services.AddSingleton<EvidenceFiles>();
        return services;
    }
}

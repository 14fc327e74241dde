namespace TheoDoi.Notifications;

public static class NotificationServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddScoped<Notifier>();
        return services;
    }

    /// <summary>
    /// The periodic reminder job (configuration section <c>Reminders</c>); only a running server
    /// starts it, so the command line registers the notifications without it.
    /// </summary>
    public static IServiceCollection AddReminderJob(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderOptions>(configuration.GetSection("Reminders"));
        services.AddHostedService<ReminderJob>();
        return services;
    }
}

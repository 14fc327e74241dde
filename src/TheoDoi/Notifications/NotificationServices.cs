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
}

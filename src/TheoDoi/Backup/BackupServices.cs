namespace TheoDoi.Backup;

public static class BackupServices
{
    /// <summary>
    /// The online backup. Restoring has no registration: it runs before there is a database to
    /// open, from the data options alone (see <see cref="RestoreBackup"/>).
    /// </summary>
    public static IServiceCollection AddBackup(this IServiceCollection services)
    {
        services.AddScoped<CreateBackup>();
        return services;
    }
}

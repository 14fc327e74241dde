using Microsoft.EntityFrameworkCore;
using TheoDoi.Audit;

namespace TheoDoi.Data;

public static class DataServices
{
    private static readonly SqliteBusyTimeout s_busyTimeout = new();

    /// <summary>Registers the database for the chosen provider, with the audit interceptor.</summary>
    public static IServiceCollection AddData(this IServiceCollection services, DataOptions options)
    {
        services.AddSingleton(options);
        services.AddAudit();
        services.AddSingleton<DataChanges>();
        services.AddSingleton<DataChangeInterceptor>();
        services.AddScoped<DatabaseSchema>();

        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, db) => db
                .UseNpgsql(options.ConnectionString)
                .AddInterceptors(sp.GetRequiredService<DataChangeInterceptor>(), sp.GetRequiredService<AuditInterceptor>()));
        }
        else
        {
            Directory.CreateDirectory(options.DataDirectory);
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, db) => db
                .UseSqlite(options.ConnectionString)
                .AddInterceptors(s_busyTimeout, sp.GetRequiredService<DataChangeInterceptor>(), sp.GetRequiredService<AuditInterceptor>()));
        }

        return services;
    }
}

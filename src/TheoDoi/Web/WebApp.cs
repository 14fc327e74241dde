using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using TheoDoi.Accounts;
using TheoDoi.Audit;
using TheoDoi.Backup;
using TheoDoi.Data;
using TheoDoi.Exchange;
using TheoDoi.Indicators;
using TheoDoi.Notifications;
using TheoDoi.Plans;
using TheoDoi.Registries;
using TheoDoi.Reporting;
using TheoDoi.SensorThings;
using TheoDoi.Shared;
using TheoDoi.Tasks;
using TheoDoi.Units;
using TheoDoi.Water;

namespace TheoDoi.Web;

/// <summary>Settings of one running web application.</summary>
public sealed record WebSettings(DataOptions Data, string? Urls = null, bool Demo = false);

/// <summary>The web application: pages, JSON API and health, composed feature by feature.</summary>
public static class WebApp
{
    public static WebApplication Create(WebSettings settings, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (settings.Urls is { Length: > 0 } urls)
        {
            builder.WebHost.UseUrls(urls);
        }

        // SQL and per-request logs drown what an operator needs; appsettings or env vars can raise them.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<Installation>();
        builder.Services.AddScoped<DemoAccounts>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddData(settings.Data);
        builder.Services.AddAccounts();
        builder.Services.AddDataProtection()
            .SetApplicationName("TheoDoi")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.Data.DataDirectory, "keys")));
        builder.Services.AddTasks();
        builder.Services.AddReporting();
        builder.Services.AddIndicators();
        builder.Services.AddRegistries();
        builder.Services.AddPlans();
        builder.Services.AddUnits();
        builder.Services.AddBackup();
        builder.Services.AddWater();
        builder.Services.AddExchange();
        builder.Services.AddWaterJobs();
        builder.Services.AddNotifications(builder.Configuration);
        builder.Services.AddReminderJob(builder.Configuration);
        builder.Services.AddWebUi();
        builder.Services.AddPublicCache();
        builder.Services.AddSensorThings(builder.Configuration);
        builder.Services.AddPublicCors();
        builder.Services.AddApiDescription();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        });
        customize?.Invoke(builder);

        var app = builder.Build();
        // A page path answers with an HTML page (in the reader's language); /api keeps problem+json.
        app.UseWhen(context => IsMachinePath(context.Request.Path), machine =>
        {
            machine.UseExceptionHandler();
            machine.UseStatusCodePages();
        });
        app.UseWhen(context => !IsMachinePath(context.Request.Path), pages =>
        {
            pages.UseExceptionHandler("/error/500");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        // Routing after the error middleware, so a re-executed request is routed to /error/{status}.
        app.UseRouting();
        app.UseWebUi();
        app.UseCors();
        app.UsePrivateAnswers();
        app.UseAuthentication();
        app.UsePartnerGate();
        app.UseAuthorization();
        app.UsePublicAnswers();
        app.UsePublicCache();

        app.MapHealth();
        app.MapOpenApi().AllowAnonymous();
        app.MapApi();
        app.MapSensorThings();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Paths read by programs (JSON API, SensorThings, health, API description), which answer problem+json.</summary>
    public static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/sta") || path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi");

    /// <summary>Every JSON endpoint under /api/v1; all need a bearer token unless marked anonymous.</summary>
    private static void MapApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute
            {
                AuthenticationSchemes = IdentityConstants.BearerScheme,
            });
        api.MapAuth();
        api.MapPlans();
        api.MapUnits();
        api.MapTasks();
        api.MapReporting();
        api.MapIndicators().MapPublicIndicators().MapRegistries();
        Water.Licences.LicenceEndpoints.MapLicences(api.MapWater());
        Water.National.NationalExportEndpoints.MapNationalExport(api);
        api.MapAudit();
        api.MapExchange();
        // Lists are paged (Shared/PagedList) after a partner's read is narrowed and counted
        // (Exchange/PartnerGate, PartnerResults): the first filter added runs outermost.
        api.AddEndpointFilter<PagedList>();
        api.AddEndpointFilter<PartnerResults>();
    }

    private static void MapHealth(this WebApplication app) =>
        app.MapGet("/health", async (AppDbContext db, DataOptions data, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct)
                ? Results.Ok(new { status = "ok", database = data.Provider.ToString().ToLowerInvariant() })
                : Results.Json(new { status = "unavailable", database = data.Provider.ToString().ToLowerInvariant() }, statusCode: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous()
            .WithTags("Health")
            .WithSummary("Whether the app can serve: 200 with the database it uses, 503 when the database cannot be reached.");
}

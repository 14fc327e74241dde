using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using TheoDoi.Accounts;
using TheoDoi.Shared;

namespace TheoDoi.Web;

/// <summary>Pages, languages and static files.</summary>
public static class WebUi
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    // English pages keep day/month/year dates, as Vietnamese readers of the English switch expect.
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IServiceCollection AddWebUi(this IServiceCollection services)
    {
        services.AddSingleton<Texts>();
        // Vietnamese letters are written as they are, not as &#x1EA1; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddRazorPages(options =>
        {
            // Pages live in their feature folders (Plans/, Units/, …) next to the code they show.
            options.RootDirectory = "/";
            options.Conventions.AuthorizeFolder("/", Policies.SignedIn);
            options.Conventions.AllowAnonymousToPage("/Web/Home");
            options.Conventions.AllowAnonymousToPage("/Accounts/SignIn");
            options.Conventions.AllowAnonymousToPage("/Accounts/Denied");
            options.Conventions.AllowAnonymousToPage("/Web/Language");
            options.Conventions.AllowAnonymousToPage("/Web/ApiDocs");
            options.Conventions.AllowAnonymousToPage("/Web/Error");
            options.Conventions.AuthorizeFolder("/Audit", Policies.Audit);
            options.Conventions.AuthorizeFolder("/Accounts/Admin", Policies.Admin);
            options.Conventions.AuthorizeFolder("/Exchange", Policies.Admin);
            options.Conventions.AllowAnonymousToFolder("/Indicators/Public");
            options.Conventions.AuthorizePage("/Indicators/Edit", Policies.ManagePlan);
            options.Conventions.AuthorizePage("/Indicators/Review", Policies.Oversight);
            // Water quality is public (validated data only without sign-in); importing is for data stewards.
            options.Conventions.AllowAnonymousToPage("/Water/Index").AllowAnonymousToPage("/Water/Station").AllowAnonymousToPage("/Water/Basin").AllowAnonymousToPage("/Water/Method").AllowAnonymousToPage("/Water/Parameters")
                .AllowAnonymousToPage("/Water/Security/Index");
            options.Conventions.AuthorizePage("/Water/Import", Policies.DataStewardship);
        }).AddMvcOptions(options =>
        {
            options.ModelBinderProviders.Insert(0, new FormDateBinder.Provider());
            options.Filters.Add<TooLargeForm>();
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "theodoi.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // No "Server: Kestrel": nothing tells a scanner what to try.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options => options.AddServerHeader = false);
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = [Vietnamese, English];
            options.SupportedUICultures = [Vietnamese, English];
            // The language switch sets a cookie; browsers' Accept-Language is ignored on purpose:
            // the system is Vietnamese unless the user asks otherwise.
            options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = Language.CookieName }];
        });
        return services;
    }

    public static WebApplication UseWebUi(this WebApplication app)
    {
        // First, so that static files and error pages carry the headers too.
        app.Use(async (context, next) =>
        {
            SecurityHeaders.Apply(context);
            await next();
        });
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(webRoot))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(webRoot) });
        }

        app.UseRequestLocalization();
        return app;
    }
}

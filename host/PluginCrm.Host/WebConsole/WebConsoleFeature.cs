using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using PluginCrm.Host.Access;
using PluginCrm.Host.Api;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.WebConsole;

/// <summary>
/// The web console at <c>/</c>: Razor components rendered on the server, htmx for partial updates, signed in with a
/// cookie that holds a sign-in token (the API keeps bearer tokens), every form with an antiforgery token, English and
/// Chinese from <see cref="ConsoleText"/>'s resources.
/// </summary>
public static class WebConsoleFeature
{
    /// <summary>The cookie that keeps the user's language.</summary>
    public static readonly string LanguageCookie = CookieRequestCultureProvider.DefaultCookieName;

    public static readonly CultureInfo[] Languages = [new("en"), new("zh-CN")];

    /// <summary>The cookie in which every page keeps the browser's IANA time zone, for the times it shows (My day's).</summary>
    public const string TimeZoneCookie = "tz";

    /// <summary>The console's stylesheet, for its pages and its error pages alike.</summary>
    public const string Stylesheet = "/console/console.css";

    // The files the console serves (npm's htmx and ECharts, its own stylesheet and chart script), copied beside the host by the build.
    private static readonly Dictionary<string, string> Assets = new()
    {
        ["htmx.min.js"] = "text/javascript", ["echarts.min.js"] = "text/javascript", ["console.css"] = "text/css",
        ["charts.js"] = "text/javascript",
    };

    public static void AddWebConsole(this IServiceCollection services)
    {
        // First of the problem writers: the API's default one, registered before, would take a browser's "*/*" for JSON.
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, ConsoleProblemWriter>());
        services.AddRazorComponents();
        services.AddHttpClient(nameof(Screens.ScreenApi));
        services.AddScoped<Screens.ScreenApi>();
        services.AddScoped<Screens.ScreenCatalog>();
        services.AddSingleton<Imports.ImportRuns>();
        services.AddScoped<Kpis.KpiBoardLoader>();
        services.AddScoped<Kpis.KpiFilterOptions>();
        services.AddScoped<Reassign.Reassignment>();
        services.AddScoped<ConsoleTurns>();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("en");
            o.SupportedCultures = o.SupportedUICultures = Languages;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
    }

    public static void MapWebConsole(this WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "console");
        app.MapGet("/console/{file}", (string file) => Assets.TryGetValue(file, out var type)
            ? Results.File(Path.Combine(folder, file), type)
            : Results.NotFound()).AllowAnonymous().ExcludeFromDescription();

        // The console's form posts read their form once its antiforgery token is checked (PostedForm).
        app.MapPost("/sign-in", async (HttpContext http, SignInService signIns, UserLanguages languages, CancellationToken ct) =>
        {
            var form = await PostedForm.ReadAsync(http, ct);
            var (email, password, returnUrl) = (form.Text("email"), form.Text("password"), form.Text("returnUrl"));
            var outcome = await signIns.SignInAsync(new SignIn(email, password), http.Connection.RemoteIpAddress?.ToString(), ct);
            if (outcome.Session is not { } session)
                return Results.Redirect($"/sign-in?error={(outcome.RetryAfter is null ? "wrong" : "locked")}&returnUrl={Uri.EscapeDataString(LocalOnly(returnUrl))}");
            // A browser-session cookie: the sign-in's own expiry, kept on the server, decides how long it works.
            http.Response.Cookies.Append(CrmAuthenticationHandler.SessionCookie, session.Token, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/",
            });
            // The language the user chose on any device follows them here.
            var saved = await languages.OfAsync(session.User.Id, ct);
            if (Languages.FirstOrDefault(l => l.Name == saved) is { } chosen)
                RememberLanguage(http, chosen);
            return Results.Redirect(LocalOnly(returnUrl));
        }).TakesForm().AllowAnonymous().RequireRateLimiting(SignInThrottling.Policy).ExcludeFromDescription();

        app.MapPost("/sign-out", async (HttpContext http, SignInService signIns, CancellationToken ct) =>
        {
            if (http.Request.Cookies[CrmAuthenticationHandler.SessionCookie] is { Length: > 0 } token)
                await signIns.SignOutAsync(token, ct);
            http.Response.Cookies.Delete(CrmAuthenticationHandler.SessionCookie, new CookieOptions { Path = "/" });
            return Results.Redirect("/sign-in");
        }).ExcludeFromDescription();

        // The browser keeps the choice; a signed-in user's account keeps it too, for their other devices.
        app.MapPost("/language", async (HttpContext http, UserLanguages languages, CancellationToken ct) =>
        {
            var form = await PostedForm.ReadAsync(http, ct);
            var chosen = Languages.FirstOrDefault(l => l.Name == form.Text("culture")) ?? Languages[0];
            RememberLanguage(http, chosen);
            if (http.User.Identity?.IsAuthenticated == true && http.User.ToActingUser().UserId is { } user)
                await languages.SetAsync(user, chosen.Name, ct);
            return Results.Redirect(LocalOnly(form.Text("returnUrl")));
        }).TakesForm().AllowAnonymous().ExcludeFromDescription();

        // An action on a plugin's list row or detail screen: only the endpoints that screen declares, called as the user.
        app.MapPost("/m/{plugin}/{screen}/act", async (string plugin, string screen, HttpContext http, Screens.ScreenCatalog screens, Screens.ScreenApi api, CancellationToken ct) =>
        {
            var form = await PostedForm.ReadAsync(http, ct);
            var (action, path, id) = (form.Int("action"), form.Required("path"), form.Text("id"));
            var set = await screens.FindAsync(plugin, ct);
            var actions = id is null ? set?.Lists.FirstOrDefault(l => l.Key == screen)?.Actions : set?.Details.FirstOrDefault(d => d.Key == screen)?.Actions;
            if (actions is null || action < 0 || action >= actions.Count || !screens.Offers(http.User, actions[action].Policy)
                || !Screens.ScreenJson.Matches(id is null ? actions[action].Endpoint : Screens.ScreenJson.FillId(actions[action].Endpoint, id), path))
                return Results.NotFound();
            var answer = await api.SendAsync(http, HttpMethod.Post, plugin, path, ct);
            var back = id is null ? $"/m/{plugin}/{screen}" : $"/m/{plugin}/{screen}/{Uri.EscapeDataString(id)}";
            return Results.Redirect(answer.Succeeded
                ? $"{back}?done={Uri.EscapeDataString(actions[action].Label)}"
                : $"{back}?refused={Uri.EscapeDataString(answer.Refusal!)}");
        }).TakesForm().ExcludeFromDescription();

        // The template editor's check as one types: the body's parse errors, or its preview with the sample records.
        app.MapPost("/admin/templates/check", async (HttpContext http, CancellationToken ct) =>
        {
            var form = await PostedForm.ReadAsync(http, ct);
            return new RazorComponentResult<Admin.TemplateCheck>(new
            {
                Body = form.Text("Save.Body"), Kind = form.Choice<Templates.Store.TemplateKind>("Save.Kind") ?? Templates.Store.TemplateKind.Message,
                RecordType = form.Text("Preview.Type"), RecordId = form.Text("Preview.Id"),
            });
        }).TakesForm().RequireAuthorization(AccessPolicies.Admin).ExcludeFromDescription();

        Imports.ImportEndpoints.MapConsoleImports(app);
        app.MapRazorComponents<ConsoleApp>();
    }

    private static void RememberLanguage(HttpContext http, CultureInfo language) =>
        http.Response.Cookies.Append(LanguageCookie, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), SameSite = SameSiteMode.Lax, Path = "/" });

    // Only a path on this site: a sign-in link cannot send the user elsewhere.
    private static string LocalOnly(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}

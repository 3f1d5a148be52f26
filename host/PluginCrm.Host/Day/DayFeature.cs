using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Day;

/// <summary><c>GET /api/me/day?tz=Asia/Shanghai</c>: the signed-in user's day.</summary>
public static class DayFeature
{
    public static void AddDay(this IServiceCollection services) => services.AddScoped<MyDay>();

    public static void MapDay(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me/day", (string? tz, HttpContext http, MyDay day, TimeProvider time, CancellationToken ct) =>
            day.ForAsync(http.User.ToActingUser(), DayWindows.Today(tz, time.GetUtcNow().UtcDateTime), ct)).WithTags("me");
}

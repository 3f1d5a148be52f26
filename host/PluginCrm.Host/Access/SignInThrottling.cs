using System.Globalization;
using System.Threading.RateLimiting;

namespace PluginCrm.Host.Access;

/// <summary>
/// The per-address half of sign-in throttling: ASP.NET Core's rate limiter, a fixed window a minute per client
/// address, in each host process (the per-account half, which must hold across processes, is in the database: see
/// <see cref="SignInService"/>). Both answer 429 with <c>Retry-After</c> as a problem. The same limiter holds each API key
/// to its requests a minute (<see cref="ApiKeyScopes.RateClaim"/>), also per host process.
/// </summary>
public static class SignInThrottling
{
    public const string Policy = "sign-in";

    public static void AddSignInThrottling(this IServiceCollection services, AccessOptions options) => services.AddRateLimiter(limiter =>
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            http.User.FindFirst(ApiKeyScopes.KeyClaim)?.Value is { } key && int.TryParse(http.User.FindFirst(ApiKeyScopes.RateClaim)?.Value, out var perMinute)
                ? RateLimitPartition.GetFixedWindowLimiter($"apikey:{key}", _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(""));
        limiter.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInsPerAddressPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        limiter.OnRejected = async (context, ct) =>
        {
            var http = context.HttpContext;
            var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
            if (http.User.FindFirst(ApiKeyScopes.KeyClaim) is not null && http.User.FindFirst(ApiKeyScopes.RateClaim) is { } limit)
            {
                await TooMany(http, wait, $"this API key may make {limit.Value} requests a minute").ExecuteAsync(http);
                return;
            }
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInThrottling))
                .LogWarning("Sign-in attempts from {Address} throttled for {Seconds} s", http.Connection.RemoteIpAddress, (int)wait.TotalSeconds);
            await TooMany(http, wait, "too many sign-in attempts from your address").ExecuteAsync(http);
        };
    });

    /// <summary>429 with <c>Retry-After</c> in whole seconds, rounded up.</summary>
    public static IResult TooMany(HttpContext http, TimeSpan wait, string reason)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem($"{reason}; try again in {Describe(seconds)}", statusCode: 429, title: "Too many requests");
    }

    private static string Describe(int seconds) => seconds < 120 ? $"{seconds} s" : $"{(seconds + 59) / 60} minutes";
}

using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace PluginCrm.Host.Access;

/// <summary>
/// The per-address half of sign-in throttling: a fixed window a minute per client address, in each host process (the
/// per-account half, which must hold across processes, is in the database: see <see cref="SignInService"/>), on the
/// endpoints that ask for <see cref="Policy"/> (<c>RequireRateLimiting</c>). The same limits hold each API key to its
/// requests a minute (<see cref="ApiKeyScopes.RateClaim"/>), also per host process. Both answer 429 with <c>Retry-After</c>
/// as a problem.
/// <para>
/// The limiters are System.Threading.RateLimiting's; the middleware is ours, not ASP.NET Core's <c>UseRateLimiter</c>. That
/// one builds a partitioned limiter of its own that nothing disposes (aspnetcore#66434, #69259), whose timer then keeps every
/// stopped host reachable: each tenant's host, each test host, with its services and routes. These limiters are singletons
/// of the host's container, disposed with it.
/// </para>
/// </summary>
public sealed class SignInThrottling(IOptions<AccessOptions> options) : IAsyncDisposable
{
    public const string Policy = "sign-in";

    private readonly PartitionedRateLimiter<HttpContext> apiKeys = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        http.User.FindFirst(ApiKeyScopes.KeyClaim)?.Value is { } key && int.TryParse(http.User.FindFirst(ApiKeyScopes.RateClaim)?.Value, out var perMinute)
            ? RateLimitPartition.GetFixedWindowLimiter($"apikey:{key}", _ => PerMinute(perMinute))
            : RateLimitPartition.GetNoLimiter(""));

    private readonly PartitionedRateLimiter<HttpContext> signIns = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => PerMinute(options.Value.SignInsPerAddressPerMinute)));

    /// <summary>429 with <c>Retry-After</c> in whole seconds, rounded up.</summary>
    public static IResult TooMany(HttpContext http, TimeSpan wait, string reason)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem($"{reason}; try again in {Describe(seconds)}", statusCode: 429, title: "Too many requests");
    }

    /// <summary>Lets the request through, or answers 429: an API key past its rate, or sign-ins from an address past theirs.</summary>
    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        using var keyLease = apiKeys.AttemptAcquire(http);
        if (!keyLease.IsAcquired)
        {
            var limit = http.User.FindFirst(ApiKeyScopes.RateClaim)?.Value;
            await TooMany(http, RetryAfter(keyLease), $"this API key may make {limit} requests a minute").ExecuteAsync(http);
            return;
        }
        if (http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != Policy)
        {
            await next(http);
            return;
        }
        using var addressLease = signIns.AttemptAcquire(http);
        if (!addressLease.IsAcquired)
        {
            var wait = RetryAfter(addressLease);
            http.RequestServices.GetRequiredService<ILogger<SignInThrottling>>()
                .LogWarning("Sign-in attempts from {Address} throttled for {Seconds} s", http.Connection.RemoteIpAddress, (int)wait.TotalSeconds);
            await TooMany(http, wait, "too many sign-in attempts from your address").ExecuteAsync(http);
            return;
        }
        await next(http);
    }

    public async ValueTask DisposeAsync()
    {
        await apiKeys.DisposeAsync();
        await signIns.DisposeAsync();
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    private static TimeSpan RetryAfter(RateLimitLease lease) => lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);

    private static string Describe(int seconds) => seconds < 120 ? $"{seconds} s" : $"{(seconds + 59) / 60} minutes";
}

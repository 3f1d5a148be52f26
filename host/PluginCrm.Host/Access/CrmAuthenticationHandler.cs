using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary>
/// Authenticates <c>Authorization: Bearer</c> with a sign-in token or an API key, both looked up by hash in the
/// database (so sign-out and key revocation take effect in every host process at once). The console's pages also
/// accept the same sign-in token from the <see cref="SessionCookie"/>; the API never does, so a cookie cannot be used
/// to call it from another site (the console's forms carry an antiforgery token instead).
/// </summary>
public sealed class CrmAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<CrmDbContext> databases,
    IOptions<AccessOptions> access,
    TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The console's session cookie: HTTP-only, same-site strict, holding a sign-in token.</summary>
    public const string SessionCookie = "crm_session";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        string token;
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            token = header["Bearer ".Length..].Trim();
        else if (!IsApi(Request) && Request.Cookies[SessionCookie] is { Length: > 0 } cookie)
            token = cookie;
        else
            return AuthenticateResult.NoResult();
        var hash = Tokens.HashOf(token);
        await using var db = await databases.CreateDbContextAsync(Context.RequestAborted);

        ActingUser? user = null;
        var now = time.GetUtcNow().UtcDateTime;
        if (token.StartsWith(Tokens.ApiKeyPrefix, StringComparison.Ordinal))
        {
            var key = await db.ApiKeys.AsNoTracking()
                .SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedUtc == null && (k.ExpiresUtc == null || k.ExpiresUtc > now), Context.RequestAborted);
            return key is null
                ? AuthenticateResult.Fail("the API key is unknown, expired or revoked")
                : AuthenticateResult.Success(new AuthenticationTicket(KeyPrincipal(key), CrmClaims.Scheme));
        }
        if (token.StartsWith(Tokens.SessionPrefix, StringComparison.Ordinal))
        {
            user = await (from s in db.Sessions
                          join u in db.Users on s.UserId equals u.Id
                          where s.TokenHash == hash && s.ExpiresUtc > now && u.Active
                          select new ActingUser(u.Id, u.Email, u.Role, u.TeamId)).SingleOrDefaultAsync(Context.RequestAborted);
        }

        return user is null
            ? AuthenticateResult.Fail("the token is unknown, expired or revoked")
            : AuthenticateResult.Success(new AuthenticationTicket(CrmClaims.Principal(user), CrmClaims.Scheme));
    }

    // A key acts as its role, within its team when it has one; its scopes and rate go with it for the middleware and limiter.
    private System.Security.Claims.ClaimsPrincipal KeyPrincipal(ApiKey key)
    {
        var principal = CrmClaims.Principal(new ActingUser(null, $"apikey:{key.Name}", key.Role, key.TeamId));
        var identity = (System.Security.Claims.ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new(ApiKeyScopes.KeyClaim, key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new(ApiKeyScopes.RateClaim, (key.RequestsPerMinute ?? access.Value.ApiKeyRequestsPerMinute).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (key.Scopes is not null)
            identity.AddClaim(new(ApiKeyScopes.ScopesClaim, key.Scopes));
        return principal;
    }

    /// <summary>A page of the console without a session goes to the sign-in page; the API answers 401 as before.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (IsApi(Request) || !HttpMethods.IsGet(Request.Method))
            return base.HandleChallengeAsync(properties);
        Response.Redirect($"/sign-in?returnUrl={Uri.EscapeDataString(Request.PathBase + Request.Path + Request.QueryString)}");
        return Task.CompletedTask;
    }

    // What is not a console page: the API, its description, the health check.
    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi") || request.Path.StartsWithSegments("/health");
}

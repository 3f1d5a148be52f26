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
/// database (so sign-out and key revocation take effect in every host process at once).
/// </summary>
public sealed class CrmAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<CrmDbContext> databases,
    TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        var hash = Tokens.HashOf(token);
        await using var db = await databases.CreateDbContextAsync(Context.RequestAborted);

        ActingUser? user = null;
        if (token.StartsWith(Tokens.ApiKeyPrefix, StringComparison.Ordinal))
        {
            var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedUtc == null, Context.RequestAborted);
            user = key is null ? null : new ActingUser(null, $"apikey:{key.Name}", key.Role, null);
        }
        else if (token.StartsWith(Tokens.SessionPrefix, StringComparison.Ordinal))
        {
            var now = time.GetUtcNow().UtcDateTime;
            user = await (from s in db.Sessions
                          join u in db.Users on s.UserId equals u.Id
                          where s.TokenHash == hash && s.ExpiresUtc > now && u.Active
                          select new ActingUser(u.Id, u.Email, u.Role, u.TeamId)).SingleOrDefaultAsync(Context.RequestAborted);
        }

        return user is null
            ? AuthenticateResult.Fail("the token is unknown, expired or revoked")
            : AuthenticateResult.Success(new AuthenticationTicket(CrmClaims.Principal(user), CrmClaims.Scheme));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary>
/// Sign-in and sign-out. Failed sign-ins are counted per e-mail in the database, known user or not, so every host
/// process agrees: after <see cref="AccessOptions.FailuresBeforeLock"/> failures within <see cref="AccessOptions.LockMinutes"/>
/// the e-mail is locked that long, the right password included, until an admin unlocks it. Each failure and lock is
/// logged and audited. (The per-address limit is ASP.NET Core's rate limiter on the endpoint.)
/// </summary>
public sealed class SignInService(CrmDbContext db, TimeProvider time, IOptions<AccessOptions> options, AuditTrail audit, ILogger<SignInService> logger)
{
    public const string AuditType = "sign-in";

    /// <summary>A session, or why not: the e-mail or password is wrong, or the e-mail is locked for <see cref="Outcome.RetryAfter"/>.</summary>
    public sealed record Outcome(SessionView? Session, TimeSpan? RetryAfter);

    public async Task<Outcome> SignInAsync(SignIn input, string? address, CancellationToken ct)
    {
        var email = input.Email?.Trim().ToLowerInvariant() ?? "";
        var now = time.GetUtcNow().UtcDateTime;
        var throttle = email.Length == 0 ? null : await db.SignInThrottles.SingleOrDefaultAsync(t => t.Email == email, ct);
        if (throttle?.LockedUntilUtc > now)
        {
            logger.LogWarning("Sign-in as {Email} from {Address} refused: locked until {LockedUntilUtc:o}", email, address, throttle.LockedUntilUtc);
            return new(null, throttle.LockedUntilUtc.Value - now);
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email && u.Active, ct);
        if (user is not null && input.Password is not null && user.PasswordHash.Length > 0 && PasswordHasher.Verify(input.Password, user.PasswordHash))
        {
            if (throttle is not null)
                db.SignInThrottles.Remove(throttle);
            return new(await StartSessionAsync(user, now, ct), null);
        }
        if (email.Length > 0)
            await CountFailureAsync(throttle, email, user?.Id, address, now, ct);
        return new(null, null);
    }

    private async Task<SessionView> StartSessionAsync(User user, DateTime now, CancellationToken ct)
    {
        var token = Tokens.New(Tokens.SessionPrefix);
        var expires = now.AddHours(options.Value.SessionHours);
        db.Sessions.Add(new Session { TokenHash = Tokens.HashOf(token), UserId = user.Id, CreatedUtc = now, ExpiresUtc = expires });
        await db.SaveChangesAsync(ct);
        return new SessionView(token, expires, UserView.Of(user));
    }

    private async Task CountFailureAsync(SignInThrottle? throttle, string email, long? userId, string? address, DateTime now, CancellationToken ct)
    {
        var limits = options.Value;
        if (throttle is null)
            db.SignInThrottles.Add(throttle = new SignInThrottle { Email = email, FirstFailureUtc = now });
        else if (throttle.FirstFailureUtc < now.AddMinutes(-limits.LockMinutes))
            (throttle.Failures, throttle.FirstFailureUtc, throttle.LockedUntilUtc) = (0, now, null);
        throttle.Failures++;
        var caller = new ActingUser(null, $"sign-in from {address ?? "an unknown address"}", CrmRole.Rep, null);
        logger.LogWarning("Sign-in as {Email} from {Address} failed ({Failures} of {Limit})", email, address, throttle.Failures, limits.FailuresBeforeLock);
        audit.Add(db, "sign-in.failed", AuditType, userId ?? 0, null, new { email, address, throttle.Failures }, email, caller);
        if (throttle.Failures >= limits.FailuresBeforeLock)
        {
            throttle.LockedUntilUtc = now.AddMinutes(limits.LockMinutes);
            logger.LogWarning("Sign-in as {Email} locked until {LockedUntilUtc:o} after {Failures} failures", email, throttle.LockedUntilUtc, throttle.Failures);
            audit.Add(db, "sign-in.locked", AuditType, userId ?? 0, null, new { email, address, lockedUntilUtc = throttle.LockedUntilUtc }, email, caller);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another process counted a failure of the same e-mail at the same moment; one of the two is enough.
        }
    }

    /// <summary>Lifts a user's lock and forgets its failures; the unlock is audited.</summary>
    public async Task UnlockAsync(long userId, CancellationToken ct)
    {
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(ct) ?? throw new NotFoundException($"there is no user {userId}");
        var throttle = await db.SignInThrottles.SingleOrDefaultAsync(t => t.Email == email, ct);
        if (throttle is not null)
            db.SignInThrottles.Remove(throttle);
        audit.Add(db, "user.unlock", RecordTypes.User, userId, throttle is null ? null : new { throttle.Failures, throttle.LockedUntilUtc }, null);
        await db.SaveChangesAsync(ct);
    }

    public async Task SignOutAsync(string token, CancellationToken ct)
    {
        var hash = Tokens.HashOf(token);
        await db.Sessions.Where(s => s.TokenHash == hash).ExecuteDeleteAsync(ct);
    }
}

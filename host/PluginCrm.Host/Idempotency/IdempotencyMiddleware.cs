using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Idempotency;

/// <summary>
/// Makes an API write safe to retry: a POST, PUT or PATCH under <c>/api</c> sent with an <c>Idempotency-Key</c> header
/// runs once per caller and key; a retry of the same request (same method, path and body) gets the first answer again,
/// marked <c>Idempotent-Replayed: true</c>, and creates nothing. The same key with another request is a 422, a retry
/// while the first is still running a 409. Answers are kept for <see cref="Lifetime"/>; a server error or a refusal
/// (which creates nothing) is not kept, so its retry runs again. A website form or a shop that posts a lead or an order twice on a flaky line makes one.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IProblemDetailsService problems, TimeProvider time)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 200;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public async Task InvokeAsync(HttpContext context, CrmDbContext db)
    {
        var request = context.Request;
        if (!request.Headers.TryGetValue(Header, out var sent) || !HttpMethods.IsPost(request.Method) && !HttpMethods.IsPut(request.Method) && !HttpMethods.IsPatch(request.Method)
            || !request.Path.StartsWithSegments("/api") || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }
        var key = sent.ToString();
        if (key.Length is 0 or > MaxKeyLength || key.Any(char.IsControl))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, $"must be 1 to {MaxKeyLength} printable characters", field: Header);
            return;
        }
        var caller = Caller(context.User);
        var hash = await HashAsync(request, context.RequestAborted);
        var now = time.GetUtcNow().UtcDateTime;
        var earlier = await db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key, context.RequestAborted);
        if (earlier is not null && earlier.CreatedUtc >= now - Lifetime)
        {
            await AnswerAgainAsync(context, earlier, hash);
            return;
        }
        // Expired keys go as new ones come: an indexed delete, so the table holds about a day of keyed writes.
        var expired = now - Lifetime;
        await db.IdempotencyKeys.Where(r => r.CreatedUtc < expired).ExecuteDeleteAsync(context.RequestAborted);
        var row = new IdempotencyRow { Caller = caller, Key = key, RequestHash = hash, CreatedUtc = now };
        db.IdempotencyKeys.Add(row);
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            await RefuseAsync(context, StatusCodes.Status409Conflict, "a request with this Idempotency-Key is being handled: retry in a moment");
            return;
        }
        // The endpoint shares this context: it must not see the row as a change of its own.
        db.Entry(row).State = EntityState.Detached;
        await RunAndKeepAsync(context, db, row.Id);
    }

    // The request runs with its answer captured, then the answer goes to the caller and, unless it failed, is kept.
    private async Task RunAndKeepAsync(HttpContext context, CrmDbContext db, long id)
    {
        var original = context.Response.Body;
        await using var captured = new MemoryStream();
        context.Response.Body = captured;
        var kept = db.IdempotencyKeys.Where(r => r.Id == id);
        try
        {
            await next(context);
        }
        catch
        {
            // A refusal thrown for the exception handler to answer is not kept: its retry runs again and is refused again.
            await kept.ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }
        var response = context.Response;
        if (response.StatusCode >= 500)
            await kept.ExecuteDeleteAsync(CancellationToken.None);
        else
        {
            var (status, type, location, body) = (response.StatusCode, response.ContentType, response.Headers.Location.ToString(), captured.ToArray());
            await kept.ExecuteUpdateAsync(r => r.SetProperty(k => k.Status, status).SetProperty(k => k.ContentType, type)
                .SetProperty(k => k.Location, location).SetProperty(k => k.Body, body), CancellationToken.None);
        }
        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
    }

    private async Task AnswerAgainAsync(HttpContext context, IdempotencyRow earlier, string hash)
    {
        if (earlier.RequestHash != hash)
            await RefuseAsync(context, StatusCodes.Status422UnprocessableEntity, "was used for another request (a different method, path or body): use a new key for a new request", field: Header);
        else if (earlier.Status is not { } status)
            await RefuseAsync(context, StatusCodes.Status409Conflict, "a request with this Idempotency-Key is being handled: retry in a moment");
        else
        {
            var response = context.Response;
            response.StatusCode = status;
            response.Headers["Idempotent-Replayed"] = "true";
            if (earlier.ContentType is { Length: > 0 } type)
                response.ContentType = type;
            if (earlier.Location is { Length: > 0 } location)
                response.Headers.Location = location;
            await response.Body.WriteAsync(earlier.Body ?? [], context.RequestAborted);
        }
    }

    private async Task RefuseAsync(HttpContext context, int status, string message, string? field = null)
    {
        context.Response.StatusCode = status;
        var problem = field is null
            ? new ProblemDetails { Status = status, Detail = message }
            : new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] }) { Status = status, Detail = $"{field}: {message}" };
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    // A user by id; an API key (no user) by its name.
    private static string Caller(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? $"user:{id}" : $"key:{user.FindFirstValue(ClaimTypes.Name)}";

    private static async Task<string> HashAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
            sha.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}

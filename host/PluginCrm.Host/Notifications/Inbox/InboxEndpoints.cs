using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Notifications.Inbox;

/// <summary>A message in the inbox, as the API shows it.</summary>
public sealed record InboxMessageView(long Id, string Subject, string Body, DateTime CreatedUtc, DateTime? ReadUtc);

/// <summary><c>/api/inbox</c>: the signed-in user's own messages, newest first; nobody reads another's.</summary>
public static class InboxEndpoints
{
    public static void MapInbox(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/inbox").WithTags("inbox");
        api.MapGet("/", async (int? page, int? pageSize, bool? unread, HttpContext http, CrmDbContext db, CancellationToken ct) =>
        {
            var (number, size) = Paging.Check(page, pageSize);
            var user = UserId(http); // outside the query: inside it, its refusal would surface as a server error
            var rows = db.Inbox.AsNoTracking().Where(m => m.UserId == user);
            if (unread == true)
                rows = rows.Where(m => m.ReadUtc == null);
            var total = await rows.CountAsync(ct);
            var items = await rows.OrderByDescending(m => m.Id).Skip((number - 1) * size).Take(size)
                .Select(m => new InboxMessageView(m.Id, m.Subject, m.Body, m.CreatedUtc, m.ReadUtc)).ToListAsync(ct);
            return new RecordPage<InboxMessageView>(items, number, size, total);
        });
        api.MapPost("/{id:long}/read", async (long id, HttpContext http, CrmDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var user = UserId(http);
            var message = await db.Inbox.SingleOrDefaultAsync(m => m.Id == id && m.UserId == user, ct)
                ?? throw new NotFoundException($"There is no message {id} in your inbox.");
            message.ReadUtc ??= time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return new InboxMessageView(message.Id, message.Subject, message.Body, message.CreatedUtc, message.ReadUtc);
        });
    }

    // An API key acts for no user, so it has no inbox.
    private static long UserId(HttpContext http) =>
        http.User.ToActingUser().UserId ?? throw new InputException("user", "an API key has no inbox: sign in as a user");
}

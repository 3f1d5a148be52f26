using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Complaints.Create;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Sentiment;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.Feedback.Entries;

/// <summary>
/// Suggestions, reviews and comments: kept with their category, channel and sentiment, about a customer the caller
/// reads, and listed to whoever reads that customer.
/// </summary>
public sealed class FeedbackEntries(FeedbackDbContext db, ICrmRecords records, IRecordAccess access, SentimentScorer sentiment, ISettings<FeedbackSettings> settings, TimeProvider time)
{
    public static readonly string[] Kinds = ["suggestion", "review", "comment"];

    public async Task<EntryView> AddAsync(EntryRequest request, ActingUser user, CancellationToken ct)
    {
        var options = await settings.GetAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, string[]>();
        void Check(string field, bool bad, string message) { if (bad && !errors.ContainsKey(field)) errors[field] = [message]; }
        var customer = request.CustomerId is { } id ? await records.FindAsync<CustomerRecord>(id, user, ct) : null;
        Check("customerId", request.CustomerId is null, "is required");
        Check("customerId", customer is null, $"there is no customer {request.CustomerId}");
        var kind = request.Kind?.Trim().ToLowerInvariant() ?? "";
        Check("kind", !Kinds.Contains(kind), $"'{request.Kind}' is not one of {string.Join(", ", Kinds)}");
        Check("text", string.IsNullOrWhiteSpace(request.Text), "is required");
        Check("text", request.Text?.Trim().Length > 4000, $"is {request.Text?.Trim().Length} characters; the limit is 4000");
        var category = request.Category?.Trim().ToLowerInvariant() ?? options.Categories[0];
        Check("category", !options.Categories.Contains(category), $"'{request.Category}' is not one of {string.Join(", ", options.Categories)}");
        var channel = request.Channel?.Trim().ToLowerInvariant() ?? "other";
        Check("channel", !ComplaintIntake.Channels.Contains(channel), $"'{request.Channel}' is not one of {string.Join(", ", ComplaintIntake.Channels)}");
        Check("rating", kind == "review" && request.Rating is not (>= 1 and <= 5), "a review needs a rating from 1 to 5");
        Check("rating", kind != "review" && request.Rating is not null, "only a review has a rating");
        var received = request.ReceivedUtc?.ToUniversalTime() ?? now;
        Check("receivedUtc", received > now, $"{received:u} is in the future");
        if (errors.Count > 0)
            throw new RecordValidationException(errors);

        var text = request.Text!.Trim();
        var entry = new FeedbackEntry
        {
            CustomerId = customer!.Id, Kind = kind, Text = text, Category = category, Channel = channel, Rating = request.Rating,
            Sentiment = sentiment.Score(text).Label.ToString().ToLowerInvariant(), OwnerId = customer.OwnerId, TeamId = customer.TeamId,
            ReceivedUtc = received, EnteredByUserId = user.UserId,
        };
        db.Entries.Add(entry);
        await db.SaveChangesAsync(ct);
        return EntryView.Of(entry);
    }

    /// <summary>The entries of the customers the caller reads, newest first, filtered.</summary>
    public async Task<(IReadOnlyList<EntryView> Items, int Total)> ListAsync(string? kind, string? category, string? sentimentLabel, long? customerId,
        int page, int pageSize, ActingUser user, CancellationToken ct)
    {
        var rows = await VisibleAsync(user, ct);
        if (kind is not null)
            rows = rows.Where(e => e.Kind == kind);
        if (category is not null)
            rows = rows.Where(e => e.Category == category);
        if (sentimentLabel is not null)
            rows = rows.Where(e => e.Sentiment == sentimentLabel);
        if (customerId is { } id)
            rows = rows.Where(e => e.CustomerId == id);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(e => e.ReceivedUtc).ThenByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (items.Select(EntryView.Of).ToList(), total);
    }

    /// <summary>The entries about customers <paramref name="user"/> reads.</summary>
    public async Task<IQueryable<FeedbackEntry>> VisibleAsync(ActingUser user, CancellationToken ct)
    {
        var scope = await access.ScopeAsync(user, RecordTypes.Customer, ct);
        var rows = db.Entries.AsNoTracking();
        if (scope.All)
            return rows;
        var ids = scope.Ids;
        return rows.Where(e => ids.Contains(e.CustomerId));
    }
}

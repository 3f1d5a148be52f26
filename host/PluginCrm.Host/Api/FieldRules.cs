using System.Linq.Expressions;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Api;

/// <summary>Checks of plain input fields every feature shares: text, e-mail, money, a reference that must exist.</summary>
public static class FieldRules
{
    public static string? Text(string? value, string field, int max, FieldErrors errors, bool required = false)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is null && required)
            errors.Add(field, "is required");
        else if (trimmed is not null && trimmed.Length > max)
            errors.Add(field, $"is {trimmed.Length} characters; at most {max}");
        return trimmed;
    }

    public static string? Email(string? value, string field, FieldErrors errors)
    {
        var email = Text(value, field, 254, errors)?.ToLowerInvariant();
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
            errors.Add(field, $"'{email}' is not an e-mail address");
        return email;
    }

    /// <summary>
    /// The time of something that has happened (an order placed, a call made) is not on a day after today anywhere on
    /// Earth (UTC+14). By the day, not the minute: a local time sent as UTC (a rep in Shanghai typing 17:00) is hours
    /// ahead and harmless, an order dated 2030 is not. Checked only when it changed, so a record stored before this rule
    /// can still be edited.
    /// </summary>
    public static void NotInFuture(DateTime? value, DateTime? before, DateTime nowUtc, string field, FieldErrors errors)
    {
        if (value is { } v && v != before)
            NotInFuture(DateOnly.FromDateTime(v), null, nowUtc, field, errors);
    }

    /// <summary>A date that has happened (a birthday, a deal's close) is not after today anywhere on Earth (UTC+14).</summary>
    public static void NotInFuture(DateOnly? value, DateOnly? before, DateTime nowUtc, string field, FieldErrors errors)
    {
        if (value is { } v && v != before && v > DateOnly.FromDateTime(nowUtc.AddHours(14)))
            errors.Add(field, $"is in the future: {v:yyyy-MM-dd}, and today is {nowUtc:yyyy-MM-dd} (UTC)");
    }

    public static decimal? Money(decimal? value, string field, FieldErrors errors, bool allowNegative = false)
    {
        if (value is { } v && (v < 0 && !allowNegative || Math.Abs(v) > 100_000_000_000m))
            errors.Add(field, allowNegative ? "is out of range" : "must be zero or more");
        return value is { } m ? decimal.Round(m, 4) : null;
    }

    public static async Task ExistsAsync<T>(IQueryable<T> rows, long? id, string field, FieldErrors errors, CancellationToken ct) where T : RecordEntity =>
        Exists(await ExistingAsync(rows, [id], ct), id, field, errors);

    /// <summary>Which of <paramref name="ids"/> are rows of <paramref name="rows"/>: one query for a batch's references.</summary>
    public static async Task<HashSet<long>> ExistingAsync<T>(IQueryable<T> rows, IEnumerable<long?> ids, CancellationToken ct) where T : RecordEntity
    {
        var wanted = ids.OfType<long>().Distinct().ToList();
        return wanted.Count == 0 ? [] : (await rows.Where(r => EF.Parameter(wanted).Contains(r.Id)).Select(r => r.Id).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>The check of <see cref="ExistsAsync"/> against the ids <see cref="ExistingAsync"/> found.</summary>
    public static void Exists(HashSet<long> existing, long? id, string field, FieldErrors errors)
    {
        if (id is { } wanted && !existing.Contains(wanted))
            errors.Add(field, $"there is no record {wanted}");
    }

    /// <summary>
    /// Who holds each of <paramref name="keys"/> (a natural key: an order's number, a product's code, an external id) in
    /// <paramref name="rows"/>, by key: one query for a batch, whatever its size, as <see cref="Claim"/> needs it.
    /// </summary>
    public static async Task<Dictionary<string, long>> HoldersAsync<TEntity>(IQueryable<TEntity> rows, Expression<Func<TEntity, string?>> key, IEnumerable<string?> keys, CancellationToken ct)
        where TEntity : RecordEntity
    {
        var wanted = keys.OfType<string>().Distinct().ToList();
        if (wanted.Count == 0)
            return [];
        // row => EF.Parameter(wanted).Contains(key(row)), and row => new Holder { Id = row.Id, Key = key(row) }: the keys
        // are one parameter, so the query's plan serves a batch of any size.
        var row = key.Parameters[0];
        var keysParameter = Expression.Call(typeof(EF), nameof(EF.Parameter), [typeof(List<string>)], QueryParameter.Of(wanted));
        var held = Expression.Lambda<Func<TEntity, bool>>(Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], keysParameter, key.Body), row);
        var holder = Expression.Lambda<Func<TEntity, Holder>>(Expression.MemberInit(Expression.New(typeof(Holder)),
            Expression.Bind(typeof(Holder).GetProperty(nameof(Holder.Id))!, Expression.Property(row, nameof(RecordEntity.Id))),
            Expression.Bind(typeof(Holder).GetProperty(nameof(Holder.Key))!, key.Body)), row);
        return await rows.Where(held).Select(holder).ToDictionaryAsync(h => h.Key!, h => h.Id, ct);
    }

    private sealed class Holder
    {
        public long Id { get; init; }
        public string? Key { get; init; }
    }

    /// <summary>
    /// Whether the natural key <paramref name="key"/> is free for record <paramref name="id"/> (null: new, item <paramref name="item"/>
    /// of its batch), given who holds it in the database and earlier in the batch; claims it for this record if it is.
    /// </summary>
    public static bool Claim(Dictionary<string, long> holders, string key, long? id, int item)
    {
        if (holders.TryGetValue(key, out var holder) && holder != id)
            return false;
        holders[key] = id ?? -(item + 1L);
        return true;
    }
}

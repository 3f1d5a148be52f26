using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Templates.Functions;

namespace PluginCrm.Host.Spend;

/// <summary>
/// Marketing and sales spend, recorded by admins for acquisition cost; the same calls serve the API and the command
/// line. Every change is audited (record type <c>spend</c>) with the state before and after, in the change's
/// transaction. All spend is in one currency, the first one recorded, because acquisition cost adds it up.
/// </summary>
public sealed class SpendService(CrmDbContext db, TimeProvider time, AuditTrail audit)
{
    public const string RecordType = "spend";

    /// <summary>The spend that overlaps the UTC days [<paramref name="from"/>, <paramref name="to"/>), of one team if asked, by start.</summary>
    public async Task<IReadOnlyList<SpendView>> ListAsync(DateOnly? from, DateOnly? to, long? teamId, CancellationToken ct)
    {
        if (from is { } first && to is { } last && last <= first)
            throw new InputException("to", $"must be after from ({Day(first)}); the period includes from and excludes to");
        var rows = db.Spend.AsNoTracking();
        if (from is { } start)
            rows = rows.Where(s => s.To > start);
        if (to is { } end)
            rows = rows.Where(s => s.From < end);
        if (teamId is { } team)
            rows = rows.Where(s => s.TeamId == team);
        return (await rows.OrderBy(s => s.From).ThenBy(s => s.Id).ToListAsync(ct)).Select(SpendView.Of).ToList();
    }

    public async Task<SpendView> GetAsync(long id, CancellationToken ct) => SpendView.Of(await FindAsync(id, ct));

    public async Task<SpendView> AddAsync(SpendInput input, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var row = new SpendRow { CreatedUtc = now, UpdatedUtc = now, Version = 1 };
        await ApplyAsync(row, input, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Spend.Add(row);
        await db.SaveChangesAsync(ct);
        audit.Add(db, "spend.create", RecordType, row.Id, null, SpendView.Of(row));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return SpendView.Of(row);
    }

    /// <summary>Replaces every field of the spend.</summary>
    public async Task<SpendView> UpdateAsync(long id, SpendInput input, CancellationToken ct)
    {
        var row = await FindAsync(id, ct);
        var before = SpendView.Of(row);
        await ApplyAsync(row, input, ct);
        row.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        row.Version++;
        audit.Add(db, "spend.update", RecordType, id, before, SpendView.Of(row));
        await db.SaveChangesAsync(ct);
        return SpendView.Of(row);
    }

    /// <summary>Deletes the spend; the audit keeps what it was.</summary>
    public async Task DeleteAsync(long id, CancellationToken ct)
    {
        var row = await FindAsync(id, ct);
        audit.Add(db, "spend.delete", RecordType, id, SpendView.Of(row), null);
        db.Spend.Remove(row);
        await db.SaveChangesAsync(ct);
    }

    private async Task<SpendRow> FindAsync(long id, CancellationToken ct) =>
        await db.Spend.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException($"there is no spend {id}");

    private async Task ApplyAsync(SpendRow row, SpendInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (input.From is null)
            errors.Add("from", "is required: the first UTC day of the spend");
        if (input.To is null)
            errors.Add("to", "is required: the UTC day after the last day of the spend");
        if (input is { From: { } from, To: { } to } && to <= from)
            errors.Add("to", $"must be after from ({Day(from)}); the spend covers from and excludes to");
        await FieldRules.ExistsAsync(db.Teams, input.TeamId, "teamId", errors, ct);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors.Add("kind", "is required: marketing or sales");
        if (input.Amount is null)
            errors.Add("amount", "is required");
        var amount = FieldRules.Money(input.Amount, "amount", errors);
        var currency = await CurrencyAsync(input.Currency, row.Id, errors, ct);
        var note = FieldRules.Text(input.Note, "note", SpendModel.MaxNoteLength, errors);
        errors.ThrowIfAny();
        (row.From, row.To, row.TeamId, row.Kind, row.Amount, row.Currency, row.Note) = (input.From!.Value, input.To!.Value, input.TeamId, input.Kind!.Value, amount!.Value, currency!, note);
    }

    private async Task<string?> CurrencyAsync(string? input, long id, FieldErrors errors, CancellationToken ct)
    {
        var currency = input?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(currency))
        {
            errors.Add("currency", "is required: a three-letter code such as CNY");
            return null;
        }
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper) || !MoneyFunctions.IsKnownCurrency(currency))
        {
            errors.Add("currency", $"'{input}' is not a known ISO 4217 currency code such as CNY or USD");
            return null;
        }
        var recorded = await db.Spend.Where(s => s.Id != id).Select(s => s.Currency).FirstOrDefaultAsync(ct);
        if (recorded is not null && recorded != currency)
            errors.Add("currency", $"must be {recorded}, the currency of the spend already recorded: acquisition cost adds all spend up");
        return currency;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

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

    public static decimal? Money(decimal? value, string field, FieldErrors errors, bool allowNegative = false)
    {
        if (value is { } v && (v < 0 && !allowNegative || Math.Abs(v) > 100_000_000_000m))
            errors.Add(field, allowNegative ? "is out of range" : "must be zero or more");
        return value is { } m ? decimal.Round(m, 4) : null;
    }

    public static async Task ExistsAsync<T>(IQueryable<T> rows, long? id, string field, FieldErrors errors, CancellationToken ct) where T : RecordEntity
    {
        if (id is { } wanted && !await rows.AnyAsync(r => r.Id == wanted, ct))
            errors.Add(field, $"there is no record {wanted}");
    }
}

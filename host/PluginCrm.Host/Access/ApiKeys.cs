using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Access;

/// <summary>API keys for integrations: created, listed, revoked; audited without the key or its hash.</summary>
public sealed class ApiKeys(CrmDbContext db, AccountChanges changes, AuditTrail audit, ApiAreas areas)
{
    /// <summary>Creates a key; the key itself is in the result and nowhere else, ever.</summary>
    public async Task<NewApiKey> CreateAsync(NewApiKeyRequest input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = FieldRules.Text(input.Name, "name", 100, errors, required: true);
        AccountRules.Role(input.Role, errors);
        var scopes = Scopes(input.Scopes, errors);
        if (input.TeamId is { } team)
        {
            if (input.Role != Sdk.Access.CrmRole.Manager)
                errors.Add("teamId", "a key limited to a team reaches its records as the team's manager would: give it the role manager");
            else if (!await db.Teams.AnyAsync(t => t.Id == team, ct))
                errors.Add("teamId", $"there is no team {team}");
        }
        if (input.ExpiresUtc is { } expires && expires.ToUniversalTime() <= changes.Now)
            errors.Add("expiresUtc", "must be in the future");
        if (input.RequestsPerMinute is < 1 or > 10_000_000)
            errors.Add("requestsPerMinute", "must be between 1 and 10000000");
        errors.ThrowIfAny();
        var key = Tokens.New(Tokens.ApiKeyPrefix);
        var row = new ApiKey
        {
            Name = name!, Role = input.Role, KeyHash = Tokens.HashOf(key), CreatedUtc = changes.Now, Scopes = scopes, TeamId = input.TeamId,
            ExpiresUtc = input.ExpiresUtc?.ToUniversalTime(), RequestsPerMinute = input.RequestsPerMinute,
        };
        await changes.InsertAsync(row, () => audit.Add(db, "apikey.create", "apikey", row.Id, null, ApiKeyView.Of(row)), ct);
        return new NewApiKey(key, ApiKeyView.Of(row));
    }

    /// <summary>Every scope a key may be given: <c>area:read</c> and <c>area:write</c> for each area the API has now.</summary>
    public IReadOnlyList<string> AvailableScopes => areas.All.SelectMany(a => new[] { $"{a}:{ApiKeyScopes.Read}", $"{a}:{ApiKeyScopes.Write}" }).ToList();

    // Null keeps the key unscoped (everything its role may); an empty list is a mistake, not "nothing".
    private string? Scopes(IReadOnlyList<string>? requested, FieldErrors errors)
    {
        if (requested is null)
            return null;
        if (requested.Count == 0)
            errors.Add("scopes", "name at least one scope such as leads:write, or leave scopes out for everything the role may");
        var known = AvailableScopes.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < requested.Count; i++)
            if (!known.Contains(requested[i]?.Trim() ?? ""))
                errors.Add($"scopes[{i}]", $"'{requested[i]}' is not a scope; they are area:read or area:write for the areas of GET /api/apikeys/scopes");
        return string.Join(' ', requested.Select(s => s.Trim()).Distinct(StringComparer.Ordinal));
    }

    public async Task<IReadOnlyList<ApiKeyView>> ListAsync(CancellationToken ct) =>
        (await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(ct)).Select(ApiKeyView.Of).ToList();

    public async Task RevokeAsync(long id, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id && k.RevokedUtc == null, ct) ?? throw new NotFoundException($"there is no active API key {id}");
        var before = ApiKeyView.Of(key);
        key.RevokedUtc = changes.Now;
        audit.Add(db, "apikey.revoke", "apikey", id, before, ApiKeyView.Of(key));
        await changes.SaveAsync(ct);
    }
}

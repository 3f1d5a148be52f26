using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Access;

/// <summary>API keys for integrations: created, listed, revoked; audited without the key or its hash.</summary>
public sealed class ApiKeys(CrmDbContext db, AccountChanges changes, AuditTrail audit)
{
    /// <summary>Creates a key; the key itself is in the result and nowhere else, ever.</summary>
    public async Task<NewApiKey> CreateAsync(NewApiKeyRequest input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = FieldRules.Text(input.Name, "name", 100, errors, required: true);
        AccountRules.Role(input.Role, errors);
        errors.ThrowIfAny();
        var key = Tokens.New(Tokens.ApiKeyPrefix);
        var row = new ApiKey { Name = name!, Role = input.Role, KeyHash = Tokens.HashOf(key), CreatedUtc = changes.Now };
        await changes.InsertAsync(row, () => audit.Add(db, "apikey.create", "apikey", row.Id, null, ApiKeyView.Of(row)), ct);
        return new NewApiKey(key, ApiKeyView.Of(row));
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

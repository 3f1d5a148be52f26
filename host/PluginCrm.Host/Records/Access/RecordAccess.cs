using PluginCrm.Host.Data;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Records.Access;

/// <summary>
/// The SDK's <see cref="IRecordAccess"/>: the host's record rules (<see cref="RecordKind{TEntity,TRecord}.Visible"/> and
/// <see cref="RecordKind{TEntity,TRecord}.Changeable"/>), users and teams, and the record types plugins register, each
/// judged by its owner and team and else by its parent. A disabled module's records are as if they were not there.
/// </summary>
public sealed class RecordAccess(CrmDbContext db, PluginCatalog catalog, ModuleSwitches modules, IServiceProvider services) : IRecordAccess
{
    // A note on a complaint on a customer: parents are followed this deep, no further (and never round in a loop).
    private const int MaxParentDepth = 4;

    private static readonly Dictionary<string, IKindAccess> Core = new(StringComparer.Ordinal)
    {
        [RecordTypes.Customer] = new KindAccess<Tables.Customer, Sdk.Records.CustomerRecord>(CoreRecords.Customers),
        [RecordTypes.Company] = new KindAccess<Tables.Company, Sdk.Records.CompanyRecord>(CoreRecords.Companies),
        [RecordTypes.Lead] = new KindAccess<Tables.Lead, Sdk.Records.LeadRecord>(CoreRecords.Leads),
        [RecordTypes.Deal] = new KindAccess<Tables.Deal, Sdk.Records.DealRecord>(CoreRecords.Deals),
        [RecordTypes.Product] = new KindAccess<Tables.Product, Sdk.Records.ProductRecord>(CoreRecords.Products),
        [RecordTypes.Order] = new KindAccess<Tables.Order, Sdk.Records.OrderRecord>(CoreRecords.Orders),
        [RecordTypes.Interaction] = new KindAccess<Tables.Interaction, Sdk.Records.InteractionRecord>(CoreRecords.Interactions),
        [RecordTypes.Task] = new KindAccess<Tables.CrmTask, Sdk.Records.TaskRecord>(CoreRecords.Tasks),
        [RecordTypes.User] = new UserAccess(),
        [RecordTypes.Team] = new TeamAccess(),
    };

    /// <summary>The host's own record types.</summary>
    public static IReadOnlyCollection<string> CoreTypes => Core.Keys;

    public Task<bool> AllowsAsync(ActingUser user, AccessRight right, RecordRef record, CancellationToken cancellationToken) =>
        AllowsAsync(user, right, record, 0, cancellationToken);

    public async Task DemandAsync(ActingUser user, AccessRight right, RecordRef record, CancellationToken cancellationToken)
    {
        if (await AllowsAsync(user, right, record, cancellationToken))
            return;
        if (right == AccessRight.Change && await AllowsAsync(user, AccessRight.Read, record, cancellationToken))
            throw new RecordAccessDeniedException($"you may see {record.Type} {record.Id} but not change it", hidesExistence: false);
        throw new RecordAccessDeniedException($"there is no {record.Type} {record.Id}", hidesExistence: true);
    }

    public async Task<IReadOnlySet<long>> FilterAsync(ActingUser user, AccessRight right, string recordType, IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToArray();
        if (Core.TryGetValue(recordType, out var kind))
            return (await kind.AllowedAsync(db, user, right, wanted, cancellationToken)).ToHashSet();
        var allowed = new HashSet<long>();
        foreach (var id in wanted)
            if (await AllowsAsync(user, right, new RecordRef(recordType, id), cancellationToken))
                allowed.Add(id);
        return allowed;
    }

    public Task<RecordScope> ScopeAsync(ActingUser user, string recordType, CancellationToken cancellationToken) =>
        Core.TryGetValue(recordType, out var kind)
            ? kind.ScopeAsync(db, user, cancellationToken)
            : throw new ArgumentException($"a scope is given for the host's record types ({string.Join(", ", Core.Keys)}); '{recordType}' is not one", nameof(recordType));

    public bool Allows(ActingUser user, AccessRight right, RecordOwner owner) => user.Role switch
    {
        CrmRole.Admin => true,
        CrmRole.Manager => owner.OwnerId is { } o && o == user.UserId || user.TeamId is { } team && owner.TeamId == team,
        _ => owner.OwnerId is { } id && id == user.UserId,
    };

    public bool Meets(ActingUser user, string policy) => policy switch
    {
        CrmPolicies.Admin => user.Role == CrmRole.Admin,
        CrmPolicies.ManagerOrAdmin => user.Role is CrmRole.Admin or CrmRole.Manager,
        _ => throw new ArgumentException($"'{policy}' is not a policy; use {CrmPolicies.Admin} or {CrmPolicies.ManagerOrAdmin}", nameof(policy)),
    };

    private async Task<bool> AllowsAsync(ActingUser user, AccessRight right, RecordRef record, int depth, CancellationToken ct)
    {
        if (Core.TryGetValue(record.Type, out var kind))
            return (await kind.AllowedAsync(db, user, right, [record.Id], ct)).Length == 1;
        if (depth >= MaxParentDepth || await OwnedAsync(record, ct) is not { } owned)
            return false;
        // Owned (by a user or a team): the owner rule decides, and readers of the parent read it too.
        // Owned by nobody: it follows its parent in everything.
        var hasOwner = owned.Owner.OwnerId is not null || owned.Owner.TeamId is not null;
        if (hasOwner && Allows(user, right, owned.Owner))
            return true;
        if (owned.Parent is null || hasOwner && right == AccessRight.Change)
            return user.Role == CrmRole.Admin;
        return await AllowsAsync(user, right, owned.Parent, depth + 1, ct);
    }

    private async Task<OwnedRecord?> OwnedAsync(RecordRef record, CancellationToken ct)
    {
        if (catalog.RecordTypeOwner(record.Type) is not { } plugin || !await modules.IsEnabledAsync(plugin.Id, ct))
            return null;
        var ownership = (IRecordOwnership)services.GetRequiredService(plugin.Contributions.RecordTypes[record.Type].OwnershipType);
        return await ownership.FindAsync(record.Id, ct);
    }
}

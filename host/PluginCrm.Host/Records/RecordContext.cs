using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Records;

/// <summary>What a record kind may consult while it checks a change: the scope's database, the access contract, the clock.</summary>
public sealed record RecordContext(CrmDbContext Db, IRecordAccess Access, TimeProvider Time)
{
    public DateTime NowUtc => Time.GetUtcNow().UtcDateTime;
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PluginCrm.Host.DbCopy;

/// <summary>
/// What one owner (the host, or a plugin) keeps in a database: its DbContext on that database, its migrations history
/// table, the migrations this build has for it and the tables its model maps.
/// </summary>
public sealed record SchemaPart(string Owner, DbContext Context, string HistoryTable, IReadOnlyList<string> Known, IReadOnlyList<ITable> Tables)
{
    public async Task<IReadOnlyList<string>> AppliedAsync(CancellationToken ct) => (await Context.Database.GetAppliedMigrationsAsync(ct)).ToList();
}

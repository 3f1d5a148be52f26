using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PluginCrm.Host.Data.Leases;

/// <summary>
/// PostgreSQL's half of <see cref="RowLeases"/>: a query tagged <see cref="Tag"/> locks the rows it reads and skips
/// those another transaction holds. EF Core has no operator for it, so the tag marks the query and this appends the clause.
/// </summary>
public sealed class SkipLockedRows : DbCommandInterceptor
{
    public const string Tag = "crm:skip-locked";

    public static readonly SkipLockedRows Instance = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Append(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Append(command);
        return result;
    }

    private static void Append(DbCommand command)
    {
        if (command.CommandText.StartsWith($"-- {Tag}", StringComparison.Ordinal))
            command.CommandText = command.CommandText.TrimEnd().TrimEnd(';') + "\nFOR UPDATE SKIP LOCKED";
    }
}

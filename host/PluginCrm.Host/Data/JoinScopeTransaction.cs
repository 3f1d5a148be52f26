using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace PluginCrm.Host.Data;

/// <summary>
/// Puts every command and SaveChanges of a DbContext on the scope's connection into the pipeline's open
/// transaction, so that a plugin's writes in PreOperation and PostOperation commit or roll back with the change.
/// </summary>
internal sealed class JoinScopeTransaction(ScopedConnection scope) : DbCommandInterceptor, ISaveChangesInterceptor
{
    // EF hands a new command its context's transaction after CommandCreated: the context must follow the scope first.
    public override InterceptionResult<DbCommand> CommandCreating(CommandCorrelatedEventData eventData, InterceptionResult<DbCommand> result)
    {
        if (eventData.Context is { } context)
            Follow(context, joinOpen: false);
        return result;
    }

    public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
    {
        if (result.Transaction is null && scope.Transaction is { Connection: not null } open)
            result.Transaction = open;
        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
            Follow(context, joinOpen: true);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            Follow(context, joinOpen: true);
        return ValueTask.FromResult(result);
    }

    // A context that joined an earlier message's transaction still holds it after the commit: with several messages in one
    // scope (a job, the demo), EF would give its next command that finished transaction (Npgsql refuses it; SQLite takes it)
    // or, on a save, start none of its own. It lets go of it, or takes the open one; a transaction the context began itself
    // is left alone (Npgsql reuses one transaction object per connection, so only the join can tell the two apart).
    private void Follow(DbContext context, bool joinOpen)
    {
        var current = context.Database.CurrentTransaction;
        if (current is not null && !scope.IsJoined(current))
            return;
        var open = scope.Transaction is { Connection: not null } t ? t : null;
        if (open is null)
        {
            if (current is not null)
                context.Database.UseTransaction(null);
        }
        else if ((current is not null || joinOpen) && current?.GetDbTransaction() != open)
            scope.Joined(context.Database.UseTransaction(open)!);
    }
}

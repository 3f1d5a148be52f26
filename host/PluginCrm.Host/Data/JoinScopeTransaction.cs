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
    public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
    {
        if (result.Transaction is null && scope.Transaction is { Connection: not null } open)
            result.Transaction = open;
        return result;
    }

    // A context that joined an earlier message's transaction still names it after the commit: with several messages in
    // one scope (a job, the demo), EF would give its next query that finished transaction.
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (result.Transaction is not null && scope.HasEnded(result.Transaction))
            result.Transaction = scope.Transaction is { Connection: not null } current ? current : null;
        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Join(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Join(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Join(DbContext? context)
    {
        if (context is null)
            return;
        var current = context.Database.CurrentTransaction?.GetDbTransaction();
        var open = scope.Transaction is { Connection: not null } t ? t : null;
        if (open is not null && current != open)
            context.Database.UseTransaction(open);
        else if (open is null && (current is { Connection: null } || (current is not null && scope.HasEnded(current))))
            context.Database.UseTransaction(null); // the pipeline's transaction ended; let EF use its own again
    }
}

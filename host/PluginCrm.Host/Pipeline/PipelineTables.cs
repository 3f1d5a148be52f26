using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Pipeline;

/// <summary>The outbox of PostCommit deliveries.</summary>
public static class PipelineTables
{
    extension(CrmDbContext db)
    {
        public DbSet<OutboxMessage> Outbox => db.Set<OutboxMessage>();
    }
}

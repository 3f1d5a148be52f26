using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Idempotency;

/// <summary>Writes sent with an idempotency key.</summary>
public static class IdempotencyTables
{
    extension(CrmDbContext db)
    {
        public DbSet<IdempotencyRow> IdempotencyKeys => db.Set<IdempotencyRow>();
    }
}

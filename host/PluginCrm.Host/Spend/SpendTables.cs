using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Spend;

/// <summary>Acquisition spend.</summary>
public static class SpendTables
{
    extension(CrmDbContext db)
    {
        public DbSet<SpendRow> Spend => db.Set<SpendRow>();
    }
}

using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Modules;

/// <summary>Module switches.</summary>
public static class ModuleTables
{
    extension(CrmDbContext db)
    {
        public DbSet<ModuleState> Modules => db.Set<ModuleState>();
    }
}

using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Jobs;

/// <summary>Job schedules and leases.</summary>
public static class JobTables
{
    extension(CrmDbContext db)
    {
        public DbSet<JobSchedule> JobSchedules => db.Set<JobSchedule>();
    }
}

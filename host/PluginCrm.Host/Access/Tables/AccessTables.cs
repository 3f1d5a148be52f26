using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Access.Tables;

/// <summary>The tables of users, teams, keys, sessions, the audit and record shares.</summary>
public static class AccessTables
{
    extension(CrmDbContext db)
    {
        public DbSet<User> Users => db.Set<User>();
        public DbSet<Team> Teams => db.Set<Team>();
        public DbSet<ApiKey> ApiKeys => db.Set<ApiKey>();
        public DbSet<Session> Sessions => db.Set<Session>();
        public DbSet<AuditEntry> Audit => db.Set<AuditEntry>();
        public DbSet<SignInThrottle> SignInThrottles => db.Set<SignInThrottle>();
        public DbSet<RecordShare> Shares => db.Set<RecordShare>();
    }
}

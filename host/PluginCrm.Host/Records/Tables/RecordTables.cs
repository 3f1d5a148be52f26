using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Records.Tables;

/// <summary>The core records' tables in the host's context.</summary>
public static class RecordTables
{
    extension(CrmDbContext db)
    {
        public DbSet<Company> Companies => db.Set<Company>();
        public DbSet<Customer> Customers => db.Set<Customer>();
        public DbSet<Lead> Leads => db.Set<Lead>();
        public DbSet<Deal> Deals => db.Set<Deal>();
        public DbSet<Product> Products => db.Set<Product>();
        public DbSet<Order> Orders => db.Set<Order>();
        public DbSet<Interaction> Interactions => db.Set<Interaction>();
        public DbSet<CrmTask> Tasks => db.Set<CrmTask>();
    }
}

using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Templates.Store;

/// <summary>The templates and their versions.</summary>
public static class TemplateTables
{
    extension(CrmDbContext db)
    {
        public DbSet<TemplateRow> Templates => db.Set<TemplateRow>();
        public DbSet<TemplateVersionRow> TemplateVersions => db.Set<TemplateVersionRow>();
    }
}

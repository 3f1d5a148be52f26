using Microsoft.EntityFrameworkCore.Design;
using PluginCrm.Host.Hosting;

namespace PluginCrm.Host.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the host's model without starting the host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CrmDbContext>
{
    public CrmDbContext CreateDbContext(string[] args) =>
        new CrmDbContextFactory(new CrmDatabase(new CrmOptions { DataDir = Path.GetTempPath() })).CreateDbContext();
}

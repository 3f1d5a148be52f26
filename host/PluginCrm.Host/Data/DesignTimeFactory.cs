using Microsoft.EntityFrameworkCore.Design;

namespace PluginCrm.Host.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the host's model without starting the host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CrmDbContext>
{
    public CrmDbContext CreateDbContext(string[] args) =>
        new CrmDbContextFactory(new CrmDatabase(new DatabaseOptions(), Path.GetTempPath())).CreateDbContext();
}

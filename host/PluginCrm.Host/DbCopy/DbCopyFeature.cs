using System.CommandLine;
using PluginCrm.Host.Cli;

namespace PluginCrm.Host.DbCopy;

/// <summary><c>crm db copy</c>: a company's CRM moved between SQLite and PostgreSQL with nothing lost, checked table by table.</summary>
public static class DbCopyFeature
{
    public static void AddDbCopy(this IServiceCollection services) => services.AddTransient<DatabaseCopy>();

    public static IEnumerable<Command> Commands(ICommandHost host) => [new DbCopyCommand(host).Create()];
}

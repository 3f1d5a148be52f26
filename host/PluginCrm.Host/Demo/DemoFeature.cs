using System.CommandLine;
using PluginCrm.Host.Cli;

namespace PluginCrm.Host.Demo;

/// <summary>The living demo: a generated company (or the Maven CRM data set), with the modules' parts.</summary>
public static class DemoFeature
{
    public static void AddDemo(this IServiceCollection services)
    {
        services.AddSingleton<DemoLoader>();
        services.AddSingleton<Generated.DemoGenerator>();
        services.AddSingleton<Generated.PluginDemos>();
        services.AddScoped<Generated.DemoWriter>();
        services.AddSingleton<Scale.ScaleGenerator>();
    }

    public static IEnumerable<Command> Commands(ICommandHost host) => [new DemoCommand(host).Create()];
}

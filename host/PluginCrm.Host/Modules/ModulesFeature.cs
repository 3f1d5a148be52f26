using PluginCrm.Sdk.Modules;

namespace PluginCrm.Host.Modules;

/// <summary>Module switches: which plugins a company has on, asked by the gate, the jobs, the pipeline and the plugins.</summary>
public static class ModulesFeature
{
    public static void AddModules(this IServiceCollection services)
    {
        services.AddSingleton<ModuleSwitches>();
        services.AddSingleton<IModuleSwitches>(sp => sp.GetRequiredService<ModuleSwitches>());
    }
}

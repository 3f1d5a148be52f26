namespace PluginCrm.Host.Hosting;

/// <summary>
/// The host's configuration sources, in order of precedence from low to high: appsettings.json beside the
/// host, CRM_* environment variables (CRM_Database__BusyTimeoutMs), then switches and test overrides.
/// </summary>
public static class CrmConfiguration
{
    public const string EnvironmentPrefix = "CRM_";

    public static void AddSources(IConfigurationBuilder configuration, CrmStartOptions start)
    {
        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        configuration.AddInMemoryCollection(start.Settings);
    }

    /// <summary>Binds and validates the options; throws <see cref="StartupException"/> with every problem on one line.</summary>
    public static CrmOptions Bind(IConfiguration configuration)
    {
        var options = new CrmOptions();
        configuration.Bind(options);
        CrmOptionsValidator.Validate(options);
        return options;
    }

    /// <summary>The options alone, for commands that need no host (the upgrade pre-flight).</summary>
    public static CrmOptions Load(CrmStartOptions start) => Bind(Read(start));

    /// <summary>appsettings.json, CRM_* variables and the start's settings, as a host would read them.</summary>
    public static IConfiguration Read(CrmStartOptions start)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        AddSources(configuration, start);
        return configuration.Build();
    }
}

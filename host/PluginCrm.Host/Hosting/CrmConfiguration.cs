namespace PluginCrm.Host.Hosting;

/// <summary>
/// The host's configuration sources, in order of precedence from low to high: appsettings.json beside the host, the
/// data folder's own <c>settings.json</c>, CRM_* environment variables (CRM_Database__BusyTimeoutMs), then switches and
/// test overrides.
/// </summary>
public static class CrmConfiguration
{
    public const string EnvironmentPrefix = "CRM_";

    /// <summary>
    /// The data folder's settings file: what belongs to this company's data rather than to the program, above all the
    /// database it lives in, so that <c>crm serve</c> and every other command given the folder (<c>--data-dir</c>) reach
    /// the same database without each being told.
    /// </summary>
    public const string DataFolderSettingsFile = "settings.json";

    public static void AddSources(IConfigurationBuilder configuration, CrmStartOptions start)
    {
        // The file's place depends on the data folder, which the sources above and below it name: read that first.
        var dataDirectory = new ConfigurationBuilder()
            .AddConfiguration(configuration.Build())
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddInMemoryCollection(start.Settings)
            .Build()["DataDir"] ?? new CrmOptions().DataDir;
        configuration.AddJsonFile(Path.Combine(Path.GetFullPath(dataDirectory), DataFolderSettingsFile), optional: true, reloadOnChange: false);
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

    /// <summary>appsettings.json, the data folder's settings, CRM_* variables and the start's settings, as a host would read them.</summary>
    public static IConfiguration Read(CrmStartOptions start)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        AddSources(configuration, start);
        return configuration.Build();
    }
}

using System.Reflection;
using System.Text.RegularExpressions;
using PluginCrm.Host.Settings;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Commands;
using PluginCrm.Sdk.Day;
using PluginCrm.Sdk.Demo;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Modules;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Plugins;
using PluginCrm.Sdk.Screens;
using PluginCrm.Sdk.Settings;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.Host.Plugins;

/// <summary>
/// Collects a plugin's contributions in a collection of its own, so that a plugin whose configuration
/// throws halfway leaves nothing behind in the host's container.
/// </summary>
internal sealed partial class PluginBuilder(PluginDescriptor plugin, IConfiguration configuration, PluginRules rules) : IPluginBuilder
{
    private SettingsDefinition? settings;
    private ScreenSet? screens;
    private readonly List<JobDefinition> jobs = [];
    private readonly Dictionary<string, MethodInfo> functions = new(StringComparer.Ordinal);
    private readonly List<Type> schemas = [];
    private readonly List<StepDefinition> steps = [];
    private readonly List<Type> commands = [];
    private readonly Dictionary<string, PluginRecordType> recordTypes = new(StringComparer.Ordinal);
    private readonly List<string> messages = [];
    private readonly List<Type> contracts = [];
    private readonly List<Type> enabledHandlers = [];
    private readonly List<Type> daySections = [];
    private readonly List<Type> timelineSources = [];
    private readonly List<Type> demos = [];

    public PluginDescriptor Plugin { get; } = plugin;
    public IServiceCollection Services { get; } = new ServiceCollection();
    public IConfiguration Configuration { get; } = configuration;

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,63}$")]
    private static partial Regex NamePattern();

    public IPluginBuilder AddSettings<TSettings>() where TSettings : class, new()
    {
        if (settings is not null)
            throw new PluginLoadException($"declares settings twice ({settings.Type.Name} and {typeof(TSettings).Name}); a plugin has one settings type");
        var baseline = new TSettings();
        Configuration.Bind(baseline);
        var errors = SettingsValidator.Validate(baseline);
        if (errors.Count > 0)
            throw new PluginLoadException($"settings in configuration (Plugins:{Plugin.Id}) are invalid: {SettingsValidator.Describe(errors)}");

        settings = new SettingsDefinition(Plugin.Id, typeof(TSettings), baseline);
        var definition = settings;
        Services.AddSingleton<ISettings<TSettings>>(sp => new PluginSettings<TSettings>(definition, sp.GetRequiredService<SettingsStore>()));
        return this;
    }

    public IPluginBuilder AddJob<TJob>(string name, TimeSpan interval) where TJob : class, IScheduledJob
    {
        if (!NamePattern().IsMatch(name))
            throw new PluginLoadException($"job name '{name}' must be lower-case letters, digits, '-' or '_'");
        if (interval < TimeSpan.FromSeconds(1))
            throw new PluginLoadException($"job '{name}' runs every {interval}; the shortest interval is one second");
        if (jobs.Any(j => j.Name == name))
            throw new PluginLoadException($"job '{name}' is added twice");
        Services.AddScoped<TJob>();
        jobs.Add(new JobDefinition(Plugin.Id, name, interval, typeof(TJob)));
        return this;
    }

    public IPluginBuilder AddTemplateFunctions<TFunctions>() where TFunctions : class
    {
        foreach (var (name, method) in rules.ReadTemplateFunctions(typeof(TFunctions), Plugin.TemplateNamespace))
        {
            if (!functions.TryAdd(name, method))
                throw new PluginLoadException($"template function '{Plugin.TemplateNamespace}.{name}' is added twice");
        }
        Services.AddScoped<TFunctions>();
        return this;
    }

    public IPluginBuilder OnEnabled<THandler>() where THandler : class, IModuleEnabledHandler
    {
        if (enabledHandlers.Contains(typeof(THandler)))
            throw new PluginLoadException($"on-enable handler {typeof(THandler).Name} is added twice");
        Services.AddScoped<THandler>();
        enabledHandlers.Add(typeof(THandler));
        return this;
    }

    public IPluginBuilder OnDirectoryChanged<THandler>() where THandler : class, IDirectoryChangeHandler
    {
        Services.AddScoped<IDirectoryChangeHandler, THandler>();
        return this;
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)+$")]
    private static partial Regex MessagePattern();

    public IPluginBuilder AddStep<TStep>(string message, PipelineStage stage, int order) where TStep : class, IPipelineStep
    {
        if (!MessagePattern().IsMatch(message))
            throw new PluginLoadException($"step {typeof(TStep).Name}: message '{message}' must look like 'lead.create'");
        if (!Enum.IsDefined(stage))
            throw new PluginLoadException($"step {typeof(TStep).Name}: stage {(int)stage} is not a pipeline stage");
        Services.AddScoped<TStep>();
        steps.Add(new StepDefinition(Plugin.Id, message, stage, order, typeof(TStep)));
        return this;
    }

    public IPluginBuilder AddSchema<TSchema>() where TSchema : class, IPluginSchema
    {
        Services.AddScoped<TSchema>();
        schemas.Add(typeof(TSchema));
        return this;
    }

    public IPluginBuilder AddDaySection<TSection>() where TSection : class, IDaySection
    {
        if (daySections.Contains(typeof(TSection)))
            throw new PluginLoadException($"day section {typeof(TSection).Name} is added twice");
        Services.AddScoped<TSection>();
        daySections.Add(typeof(TSection));
        return this;
    }

    public IPluginBuilder AddCommand<TCommand>() where TCommand : class, IPluginCommand
    {
        if (commands.Contains(typeof(TCommand)))
            throw new PluginLoadException($"command {typeof(TCommand).Name} is added twice");
        Services.AddScoped<TCommand>();
        commands.Add(typeof(TCommand));
        return this;
    }

    public IPluginBuilder AddRecordType<TRecord, TOwnership>(string recordType, Func<TRecord, long> idOf)
        where TRecord : class where TOwnership : class, IRecordOwnership
    {
        if (!NamePattern().IsMatch(recordType))
            throw new PluginLoadException($"record type '{recordType}' must be lower-case letters, digits, '-' or '_'");
        if (rules.CoreRecordTypes.Contains(recordType))
            throw new PluginLoadException($"record type '{recordType}' is one of the host's");
        if (!recordTypes.TryAdd(recordType, new PluginRecordType(recordType, Plugin.Id, typeof(TRecord), typeof(TOwnership), record => idOf((TRecord)record))))
            throw new PluginLoadException($"record type '{recordType}' is added twice");
        Services.AddScoped<TOwnership>();
        return this;
    }

    public IPluginBuilder AddMessage(string message)
    {
        if (!MessagePattern().IsMatch(message))
            throw new PluginLoadException($"message '{message}' must look like 'complaint.close'");
        var recordType = message[..message.IndexOf('.')];
        if (!recordTypes.ContainsKey(recordType))
            throw new PluginLoadException($"message '{message}' is on '{recordType}', which is not a record type of this plugin; register it first with AddRecordType");
        if (messages.Contains(message))
            throw new PluginLoadException($"message '{message}' is declared twice");
        messages.Add(message);
        return this;
    }

    public IPluginBuilder AddContract<TContract, TImplementation>() where TContract : class where TImplementation : class, TContract
    {
        if (contracts.Contains(typeof(TContract)))
            throw new PluginLoadException($"contract {typeof(TContract).Name} is added twice");
        Services.AddScoped<TContract, TImplementation>();
        contracts.Add(typeof(TContract));
        return this;
    }

    public IPluginBuilder AddTimelineSource<TSource>() where TSource : class, ICustomerTimelineSource
    {
        if (timelineSources.Contains(typeof(TSource)))
            throw new PluginLoadException($"timeline source {typeof(TSource).Name} is added twice");
        Services.AddScoped<TSource>();
        timelineSources.Add(typeof(TSource));
        return this;
    }


    public IPluginBuilder AddDemo<TContributor>() where TContributor : class, IDemoContributor
    {
        if (demos.Contains(typeof(TContributor)))
            throw new PluginLoadException($"demo contributor {typeof(TContributor).Name} is added twice");
        Services.AddScoped<TContributor>();
        demos.Add(typeof(TContributor));
        return this;
    }

    public IPluginBuilder AddScreens(ScreenSet screens)
    {
        if (this.screens is not null)
            throw new PluginLoadException("declares its screens twice; a plugin has one screen set");
        ScreenSetRules.Check(screens, Plugin.Id);
        this.screens = screens;
        return this;
    }

    public PluginContributions Contributions => new(settings, jobs, functions, schemas, steps, commands, recordTypes, messages, contracts, enabledHandlers, daySections, timelineSources, demos, screens);
}

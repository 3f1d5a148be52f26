using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Commands;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Pipeline;

namespace PluginCrm.Sdk.Plugins;

/// <summary>What a plugin is given while it configures itself.</summary>
public interface IPluginBuilder
{
    /// <summary>Who the plugin is, from its manifest.</summary>
    PluginDescriptor Plugin { get; }

    /// <summary>The plugin's services; they join the host's container only if configuration succeeds.</summary>
    IServiceCollection Services { get; }

    /// <summary>The configuration section <c>Plugins:&lt;plugin-id&gt;</c>.</summary>
    IConfiguration Configuration { get; }

    /// <summary>
    /// Declares the plugin's settings. Defaults come from the property initialisers of
    /// <typeparamref name="TSettings"/>, then configuration, then values an admin saved; every layer is
    /// validated with data annotations (and <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>).
    /// Read them through <see cref="Settings.ISettings{TSettings}"/>.
    /// </summary>
    IPluginBuilder AddSettings<TSettings>() where TSettings : class, new();

    /// <summary>Schedules a job that runs every <paramref name="interval"/> while the module is enabled.</summary>
    IPluginBuilder AddJob<TJob>(string name, TimeSpan interval) where TJob : class, IScheduledJob;

    /// <summary>
    /// Adds template functions, reachable in templates under the plugin's namespace
    /// (<see cref="PluginDescriptor.TemplateNamespace"/>), e.g. <c>notes.excerpt text 40</c>.
    /// </summary>
    IPluginBuilder AddTemplateFunctions(IReadOnlyDictionary<string, Delegate> functions);

    /// <summary>
    /// Adds a step to the handling of <paramref name="message"/> (e.g. <c>lead.create</c>) at <paramref name="stage"/>.
    /// Steps of a stage run by <paramref name="order"/>, then by plugin id; they run only while the module is enabled.
    /// </summary>
    IPluginBuilder AddStep<TStep>(string message, PipelineStage stage, int order) where TStep : class, IPipelineStep;

    /// <summary>Declares a schema the host migrates before the plugin starts (see PluginCrm.Sdk.Data).</summary>
    IPluginBuilder AddSchema<TSchema>() where TSchema : class, IPluginSchema;

    /// <summary>
    /// Registers a record type of the plugin's own (e.g. <c>complaint</c>), so that the host's <see cref="Access.IRecordAccess"/>
    /// decides who sees and changes its records, for this plugin and every other (a note on <c>complaint:7</c>), from
    /// what <typeparamref name="TOwnership"/> tells of each. The name must not be one of the host's or another plugin's.
    /// </summary>
    IPluginBuilder AddRecordType<TOwnership>(string recordType) where TOwnership : class, Access.IRecordOwnership;

    /// <summary>Adds a command to the command line, <c>crm &lt;name&gt; ...</c> (see <see cref="IPluginCommand"/>); it runs only while the module is enabled.</summary>
    IPluginBuilder AddCommand<TCommand>() where TCommand : class, IPluginCommand;
}

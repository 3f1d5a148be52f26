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
    /// Adds a step to the handling of <paramref name="message"/> at <paramref name="stage"/>: one of
    /// <see cref="Pipeline.CoreMessages"/>, or one a plugin declared with <see cref="AddMessage"/> (take the name from its
    /// contracts). A message nobody declares fails the plugin's load, naming the nearest known one, unless it belongs to a
    /// plugin listed under <c>optionalDependencies</c> that is not installed (the step then waits, inert). Steps of a stage
    /// run by <paramref name="order"/>, then by plugin id; they run only while the module is enabled.
    /// </summary>
    IPluginBuilder AddStep<TStep>(string message, PipelineStage stage, int order) where TStep : class, IPipelineStep;

    /// <summary>Declares a schema the host migrates before the plugin starts (see PluginCrm.Sdk.Data).</summary>
    IPluginBuilder AddSchema<TSchema>() where TSchema : class, IPluginSchema;

    /// <summary>
    /// Registers a record type of the plugin's own (e.g. <c>complaint</c>): the host's <see cref="Access.IRecordAccess"/>
    /// decides who sees and changes its records, for this plugin and every other (a note on <c>complaint:7</c>), from what
    /// <typeparamref name="TOwnership"/> tells of each; <typeparamref name="TRecord"/> is what its messages carry, what
    /// steps and the outbox see and what templates may read (a public record of the plugin's contracts assembly, so other
    /// modules can read it too). The name must not be one of the host's or another plugin's.
    /// </summary>
    /// <param name="recordType">Lower-case letters, digits, '-' or '_'.</param>
    /// <param name="idOf">Reads a record's id.</param>
    IPluginBuilder AddRecordType<TRecord, TOwnership>(string recordType, Func<TRecord, long> idOf)
        where TRecord : class where TOwnership : class, Access.IRecordOwnership;

    /// <summary>
    /// Declares a message on one of the plugin's own record types (<c>complaint.close</c>): the plugin runs it through the
    /// host's pipeline with <see cref="Pipeline.IPluginMessages"/>, and other plugins may add steps on it. Publish its name as
    /// a constant in the plugin's contracts assembly, with what <c>Before</c> and <c>Target</c> hold.
    /// </summary>
    IPluginBuilder AddMessage(string message);

    /// <summary>
    /// Offers other modules a read contract (an interface of the plugin's contracts assembly), resolved per scope. Others
    /// resolve it optionally (<c>GetService</c>): it is absent while the plugin is not installed, and an implementation
    /// answers null or nothing while the module is switched off.
    /// </summary>
    IPluginBuilder AddContract<TContract, TImplementation>() where TContract : class where TImplementation : class, TContract;

    /// <summary>Adds a command to the command line, <c>crm &lt;name&gt; ...</c> (see <see cref="IPluginCommand"/>); it runs only while the module is enabled.</summary>
    IPluginBuilder AddCommand<TCommand>() where TCommand : class, IPluginCommand;
}

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
    /// Adds template functions under the plugin's namespace (<see cref="PluginDescriptor.TemplateNamespace"/>): each
    /// public instance method declared by <typeparamref name="TFunctions"/> is one, named in snake_case as record members
    /// are (<c>ExcerptOf</c> is <c>notes.excerpt_of text 40</c>). <typeparamref name="TFunctions"/> is a scoped service
    /// with constructor injection (the plugin's DbContext, <see cref="Settings.ISettings{TSettings}"/>,
    /// <see cref="TimeProvider"/>, ...), resolved from the DI scope of the render that calls it: the HTTP request of a
    /// preview, the job, step or request that queues a notification (one instance for all of that scope's renders).
    /// While the module is switched off its namespace is not there: a template that uses it fails, naming the
    /// namespace, and cannot be saved.
    /// <para>
    /// Parameter types: <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>,
    /// <see cref="double"/>, <see cref="decimal"/> (money stays exact), <see cref="DateTime"/> (UTC),
    /// <see cref="DateOnly"/>, nullable forms of these, the SDK's records (<c>Records.CustomerRecord</c>,
    /// <c>LeadRecord</c>, <c>DealRecord</c>, <c>OrderRecord</c>, <c>OrderLineRecord</c>, <c>CompanyRecord</c>,
    /// <c>ProductRecord</c>, <c>InteractionRecord</c>, <c>TaskRecord</c>, <c>Feedback.ComplaintRecord</c>: a template passes the model's
    /// record, e.g. <c>notes.count_for customer</c>), and arrays or <see cref="IReadOnlyList{T}"/> of any of these.
    /// Optional parameters and <c>params</c> arrays work as in C#.
    /// Return types: the same, or any <see cref="IEnumerable{T}"/> of them, or a <see cref="Task{TResult}"/> or
    /// <see cref="ValueTask{TResult}"/> of them. A template sees returned records and dates as it sees its model's:
    /// snake_case members, enums as the API spells them, <see cref="DateOnly"/> as a date.
    /// Refused when the plugin loads, with the function and type named: <c>void</c> and plain <see cref="Task"/> (a
    /// function gives a value), <see cref="object"/>, enums, dictionaries, entities and other classes, <c>ref</c> and
    /// <c>out</c> parameters, generic methods, two methods with the same name.
    /// </para>
    /// <para>
    /// Templates render synchronously: the host waits for an async function, but no longer than the template's time
    /// limit (2 s), after which the render fails. A function that throws <see cref="ArgumentException"/>,
    /// <see cref="InvalidOperationException"/> or <see cref="FormatException"/> fails the render with its message (a
    /// 422 for a preview); any other exception fails the caller as the plugin's error.
    /// </para>
    /// </summary>
    /// <typeparam name="TFunctions">The class whose public instance methods are the functions.</typeparam>
    IPluginBuilder AddTemplateFunctions<TFunctions>() where TFunctions : class;

    /// <summary>
    /// Runs <typeparamref name="THandler"/> (a scoped service, constructor injection) once each time an admin switches
    /// the module back on, after the switch is stored, with when it had been switched off, so the module can catch up on
    /// what it missed. A throw is logged with the plugin id and leaves the module enabled.
    /// </summary>
    IPluginBuilder OnEnabled<THandler>() where THandler : class, Modules.IModuleEnabledHandler;

    /// <summary>
    /// Runs <typeparamref name="THandler"/> (a scoped service, constructor injection) inside the transaction of every
    /// change to users or teams, so a module that caches what it read through <see cref="Access.ICrmDirectory"/> can
    /// invalidate it for every host process at once (see <see cref="Access.IDirectoryChangeHandler"/>).
    /// </summary>
    IPluginBuilder OnDirectoryChanged<THandler>() where THandler : class, Access.IDirectoryChangeHandler;

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

    /// <summary>
    /// Adds a section to every user's day (<c>GET /api/me/day</c>, see <see cref="Day.IDaySection"/>): a scoped service with
    /// constructor injection, asked while the module is enabled; a switched-off module's section is absent.
    /// </summary>
    IPluginBuilder AddDaySection<TSection>() where TSection : class, Day.IDaySection;

    /// <summary>
    /// Adds <typeparamref name="TSource"/> (a scoped service, constructor injection) to the sources of every customer's
    /// timeline (<c>GET /api/customers/{id}/timeline</c>): the module's entries (complaints, notes, scores ...) merged with
    /// the host's and other modules'. It is asked only while the module is enabled.
    /// </summary>
    IPluginBuilder AddTimelineSource<TSource>() where TSource : class, Timeline.ICustomerTimelineSource;

    /// <summary>Adds a command to the command line, <c>crm &lt;name&gt; ...</c> (see <see cref="IPluginCommand"/>); it runs only while the module is enabled.</summary>
    IPluginBuilder AddCommand<TCommand>() where TCommand : class, IPluginCommand;

    /// <summary>
    /// Adds the module's part of the generated demo company (<c>crm serve --demo</c>): <typeparamref name="TContributor"/>
    /// runs once, after the host's demo data and the contributors of the plugins this one depends on, while the module is enabled.
    /// </summary>
    IPluginBuilder AddDemo<TContributor>() where TContributor : class, Demo.IDemoContributor;

    /// <summary>
    /// The plugin's screens in the web console, declared as data (<see cref="Screens.ScreenSet"/>): menu entries and list
    /// screens over its endpoints, with actions. Once per plugin.
    /// </summary>
    IPluginBuilder AddScreens(Screens.ScreenSet screens);
}

using PluginCrm.Host.Templates.Functions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PluginCrm.Host.Templates.Rendering;

/// <summary>
/// Renders a template body against record DTOs (by variable name: <c>customer</c>, <c>deal</c>, ...) and the
/// host's functions (<c>crm_date</c>, <c>crm_money</c>, <c>crm_text</c>, see <see cref="HostTemplateFunctions"/>) and the
/// plugins' functions (under their namespace), within <see cref="TemplateLimits"/>. Every failure, a limit
/// included, is a <see cref="TemplateRenderException"/> with a readable message.
/// One per DI scope: a plugin's functions run in the scope of the render that calls them (a preview's request, the
/// job or step that queues a notification), and a switched-off module's functions are not there (<see cref="FunctionGlobals"/>).
/// </summary>
/// <param name="parser">Parses and caches bodies.</param>
/// <param name="functions">The namespaces, shared by every render; each render writes to its own <see cref="RenderGlobals"/>,
/// so a render cannot change what the next one sees, and concurrent renders may share them.</param>
/// <param name="services">The scope plugin functions are resolved from.</param>
/// <param name="enabledModules">Reads which modules are on now; called at most once in the scope, and only if a render
/// touches a plugin's namespace (<see cref="ModuleReading"/>).</param>
public sealed class TemplateRenderer(TemplateParser parser, FunctionGlobals functions, IServiceProvider services, Func<IReadOnlySet<string>> enabledModules)
{
    private readonly ModuleReading modules = new(enabledModules);

    // A context left by the last render that succeeded, reset for the next: making one costs as much as a short render.
    // One that failed mid-render is dropped, since Reset does not unwind every stack a failure can leave behind.
    private RenderContext? spare;

    public string Render(string body, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken) =>
        Sandboxed(model, context => parser.Parse(body).Render(context), cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> against a context holding <paramref name="model"/> and the functions, under every
    /// limit, turning each failure into a <see cref="TemplateRenderException"/> (rules evaluate through this too).
    /// </summary>
    public T Sandboxed<T>(IReadOnlyDictionary<string, object?> model, Func<TemplateContext, T> work, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TemplateLimits.WallClock);
        var context = Interlocked.Exchange(ref spare, null) ?? CreateContext();
        context.CancellationToken = timeout.Token;
        context.PushGlobal(functions);
        context.PushGlobal(TemplateModels.FromModel(model, new RenderGlobals(FunctionNamespaces)));
        try
        {
            var result = work(context);
            context.Reset(); // back to the builtins alone: no global, output or culture of this render reaches the next
            spare = context;
            return result;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken); // the caller gave up: not the template's fault
        }
        catch (Exception ex) when (timeout.IsCancellationRequested)
        {
            throw new TemplateRenderException($"The template took longer than {TemplateLimits.WallClock.TotalSeconds:0} s and was stopped.", ex);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateRenderException(ex.Message, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException or InsufficientExecutionStackException or OutOfMemoryException)
        {
            // A built-in or plugin function refused its input; say so rather than answering 500.
            throw new TemplateRenderException($"The template failed: {ex.Message}", ex);
        }
    }

    /// <summary>The names of the function namespaces (<c>crm_date</c>, a plugin's), which are not model members.</summary>
    public IReadOnlySet<string> FunctionNamespaces => functions.Namespaces;

    /// <summary>
    /// What is wrong with a message or document body before it is saved: parse errors, members of the sample records
    /// that do not exist, and functions of a module that is switched off.
    /// </summary>
    public IReadOnlyList<string> Problems(string body) => TemplateParser.Problems(body, Unavailable());

    /// <summary>Why a name cannot be used now (a switched-off module's namespace), or null.</summary>
    public Func<string, string?> Unavailable() => name => functions.Unavailable(name, modules);

    private RenderContext CreateContext() =>
        new(services, modules)
        {
            LoopLimit = TemplateLimits.Loop,
            LoopLimitQueryable = TemplateLimits.Loop,
            RecursiveLimit = TemplateLimits.Recursion,
            LimitToString = TemplateLimits.OutputCharacters,
            OnStringLimit = Scriban.ScriptLimitBehavior.Throw,
            OutputLimit = TemplateLimits.OutputCharacters,
            OnOutputLimit = Scriban.ScriptLimitBehavior.Throw,
            ObjectRecursionLimit = TemplateLimits.ObjectRecursion,
            RegexTimeOut = TimeSpan.FromMilliseconds(200),
            // Models are ScriptObjects already; the filter is the second fence should a .NET object slip through.
            MemberFilter = TemplateModels.IsDtoMember,
            MemberRenamer = StandardMemberRenamer.Default,
            StrictVariables = true,
            // Reading a member of nothing (customer.company.name with no company) is an error, not silent blank output.
            EnableRelaxedMemberAccess = false,
            TemplateLoader = null, // include/import has nothing to load from: it fails with Scriban's own message
        };
}

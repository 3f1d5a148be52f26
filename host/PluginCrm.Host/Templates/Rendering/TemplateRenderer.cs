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
/// </summary>
public sealed class TemplateRenderer(TemplateParser parser, Func<IReadOnlyDictionary<string, IReadOnlyDictionary<string, Delegate>>> functions, TimeProvider time)
{
    // Importing a delegate builds a Scriban function by reflection: do it once, not on every render. The plugins'
    // functions are fixed once the host has started (installing a plugin needs a restart). The shared namespaces
    // refuse every write (FunctionNamespace) and each render writes to its own RenderGlobals, so a render cannot
    // change what the next one sees, and concurrent renders may share them.
    private readonly Lazy<ScriptObject> functionGlobals = new(() => BuildFunctions(functions(), new HostTemplateFunctions(time)));

    public TemplateRenderer(TemplateParser parser, TemplateFunctionRegistry registry, TimeProvider time) : this(parser, () => registry.ByNamespace, time)
    {
    }

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
        var context = CreateContext(model, timeout.Token);
        try
        {
            return work(context);
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
    public IReadOnlySet<string> FunctionNamespaces => functionNamespaces ??= functionGlobals.Value.Keys.ToHashSet(StringComparer.Ordinal);

    private IReadOnlySet<string>? functionNamespaces;

    private TemplateContext CreateContext(IReadOnlyDictionary<string, object?> model, CancellationToken token)
    {
        var context = new TemplateContext
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
            CancellationToken = token,
        };
        context.PushGlobal(functionGlobals.Value);
        context.PushGlobal(TemplateModels.FromModel(model, new RenderGlobals(FunctionNamespaces)));
        return context;
    }

    private static ScriptObject BuildFunctions(IReadOnlyDictionary<string, IReadOnlyDictionary<string, Delegate>> plugins, HostTemplateFunctions host)
    {
        var globals = new ScriptObject();
        // The host's namespaces last, so a plugin namespace of the same name cannot replace them.
        foreach (var (ns, members) in plugins.Where(f => !host.ByNamespace.ContainsKey(f.Key)).Concat(host.ByNamespace))
            globals.SetValue(ns, new FunctionNamespace(ns, members), readOnly: true);
        return globals;
    }
}

using System.Reflection;
using PluginCrm.Host.Templates.Rendering;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PluginCrm.Host.Templates.PluginFunctions;

/// <summary>
/// One plugin template function. Scriban reads the method's parameters by reflection when this is built, once per
/// host; each call then binds to the render's own instance of the functions class, resolved from the render's DI scope
/// (<see cref="RenderContext.Services"/>), so the shared namespace holds no state of any render. Scriban converts the
/// arguments; the result is turned into what a model holds (<see cref="TemplateModels.ToScript"/>), an async one
/// awaited within the render's time limit.
/// </summary>
public sealed class PluginFunction : DelegateCustomFunction
{
    private readonly MethodInfo method;
    private readonly Func<object, Task>? asTask;
    private readonly PropertyInfo? taskResult;

    public PluginFunction(MethodInfo method) : base(target: null, method)
    {
        this.method = method;
        var type = method.ReturnType;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var toTask = type.GetMethod(nameof(ValueTask<int>.AsTask))!;
            asTask = result => (Task)toTask.Invoke(result, null)!;
            type = toTask.ReturnType;
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
            asTask = result => (Task)result;
        taskResult = asTask is null ? null : type.GetProperty(nameof(Task<int>.Result));
    }

    protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments)
    {
        var render = (RenderContext)context;
        var target = render.Services.GetRequiredService(method.DeclaringType!);
        var result = method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        if (asTask is not null && result is not null)
        {
            var task = asTask(result);
            Task.WaitAny([task], render.CancellationToken); // the render's wall clock stops the wait
            task.GetAwaiter().GetResult(); // the function's own exception, not an AggregateException
            result = taskResult!.GetValue(task);
        }
        return TemplateModels.ToScript(result);
    }
}

using Microsoft.AspNetCore.Components;

namespace PluginCrm.Host.WebConsole;

/// <summary>
/// The console's components (every one under WebConsole, through _Imports.razor) load their data one at a time within a
/// request. Blazor starts a child's loading while its parent's is still awaited, and a form's handler while a section
/// reloads; they share the request's DbContext and connection, which EF Core and Npgsql both refuse to use twice at
/// once (SQLite never overlapped them only because its calls complete synchronously).
/// </summary>
public abstract class ConsoleComponent : ComponentBase, IHandleEvent
{
    // A handler that calls its parent's callback (a section's "moved" telling the page to read again) already has the turn.
    private static readonly AsyncLocal<bool> InHandler = new();

    [Inject] private ConsoleTurns Turns { get; set; } = null!;

    public override async Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this); // now: a ParameterView may only be read before the first await
        using (await Turns.TakeAsync())
            await base.SetParametersAsync(ParameterView.Empty);
    }

    async Task IHandleEvent.HandleEventAsync(EventCallbackWorkItem callback, object? arg)
    {
        if (InHandler.Value)
            await callback.InvokeAsync(arg);
        else
        {
            using (await Turns.TakeAsync())
            {
                InHandler.Value = true;
                await callback.InvokeAsync(arg);
            }
        }
        StateHasChanged();
    }
}

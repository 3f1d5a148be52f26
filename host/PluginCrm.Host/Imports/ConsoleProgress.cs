using Spectre.Console;

namespace PluginCrm.Host.Imports;

/// <summary>An import's progress as Spectre.Console bars, one per stage.</summary>
public sealed class ConsoleProgress(ProgressContext context) : IImportProgress
{
    private ProgressTask? current;

    public void Start(string stage, int total)
    {
        current?.StopTask();
        current = context.AddTask(stage, maxValue: Math.Max(total, 1));
    }

    public void Advance(int by = 1) => current?.Increment(by);

    /// <summary>Runs <paramref name="work"/> with bars on a terminal, silently when output is redirected.</summary>
    public static async Task<T> RunAsync<T>(Func<IImportProgress, Task<T>> work)
    {
        if (Console.IsOutputRedirected || Console.IsErrorRedirected)
            return await work(NoProgress.Instance);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress().AutoClear(false).StartAsync(context => work(new ConsoleProgress(context)));
    }
}

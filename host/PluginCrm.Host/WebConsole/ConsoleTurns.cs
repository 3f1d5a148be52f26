namespace PluginCrm.Host.WebConsole;

/// <summary>One request's turn to use its database scope, taken by a console component while it loads or handles a form.</summary>
public sealed class ConsoleTurns : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);

    public async Task<IDisposable> TakeAsync()
    {
        await turn.WaitAsync();
        return new Release(turn);
    }

    public void Dispose() => turn.Dispose();

    private sealed class Release(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
                turn.Release();
        }
    }
}

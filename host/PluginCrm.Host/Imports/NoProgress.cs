namespace PluginCrm.Host.Imports;

/// <summary>Progress for callers who do not show it (tests, the API, output redirected to a file).</summary>
public sealed class NoProgress : IImportProgress
{
    public static readonly NoProgress Instance = new();

    public void Start(string stage, int total)
    {
    }

    public void Advance(int by = 1)
    {
    }
}

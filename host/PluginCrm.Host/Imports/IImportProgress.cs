namespace PluginCrm.Host.Imports;

/// <summary>Where an import reports how far it got (a progress bar on the command line; nothing in tests).</summary>
public interface IImportProgress
{
    void Start(string stage, int total);
    void Advance(int by = 1);
}

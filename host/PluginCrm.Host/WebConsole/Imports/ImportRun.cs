using PluginCrm.Host.Imports;

namespace PluginCrm.Host.WebConsole.Imports;

/// <summary>
/// One import started from the console: its progress as the importer reports it (read by the page every second while
/// it runs), then its report, or the reason the file could not be read at all.
/// </summary>
public sealed class ImportRun(Guid id, string file, bool dryRun, DateTime startedUtc) : IImportProgress
{
    private volatile string stage = "reading";
    private int total, done;

    public Guid Id => id;
    public string File => file;
    public bool DryRun => dryRun;
    public DateTime StartedUtc => startedUtc;
    public string Stage => stage;
    public int Total => Volatile.Read(ref total);
    public int Done => Volatile.Read(ref done);
    public ImportReport? Report { get; private set; }
    public string? Failure { get; private set; }
    public bool Finished => Report is not null || Failure is not null;

    public void Start(string stage, int total)
    {
        this.stage = stage;
        Volatile.Write(ref done, 0);
        Volatile.Write(ref this.total, total);
    }

    public void Advance(int by = 1) => Interlocked.Add(ref done, by);

    public void Finish(ImportReport report) => Report = report;

    public void Fail(string reason) => Failure = reason;
}

using System.Text.Json;
using PluginCrm.ValueScoring.Churn;

namespace PluginCrm.ValueScoring.Runs;

/// <summary>How run parameters and churn signals are stored (camelCase JSON, as the API shows them).</summary>
public static class RunJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(RunParameters run) => JsonSerializer.Serialize(run, Options);

    public static RunParameters Read(string json) => JsonSerializer.Deserialize<RunParameters>(json, Options)!;

    public static string Write(IReadOnlyList<ChurnSignal> signals) => JsonSerializer.Serialize(signals, Options);

    public static List<ChurnSignal> ReadSignals(string json) => JsonSerializer.Deserialize<List<ChurnSignal>>(json, Options)!;
}

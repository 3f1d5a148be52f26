namespace PluginCrm.Sdk.Testing.Access;

/// <summary>What an <see cref="AccessMatrix"/> run found: every leak and every endpoint without a row, one line each.</summary>
public sealed class MatrixReport
{
    private readonly List<string> problems = [];

    /// <summary>The problems found; empty when the matrix holds.</summary>
    public IReadOnlyList<string> Problems => problems;

    /// <summary>How many calls the run made.</summary>
    public int Calls { get; internal set; }

    internal void Add(string problem) => problems.Add(problem);

    /// <summary>Throws with every problem, one a line, unless there are none.</summary>
    public void ThrowIfAny()
    {
        if (problems.Count > 0)
            throw new InvalidOperationException($"the access matrix found {problems.Count} problem(s) in {Calls} calls:\n{string.Join("\n", problems)}");
    }
}

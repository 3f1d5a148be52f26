using PluginCrm.Host.Api;

namespace PluginCrm.Host.Cli;

/// <summary>
/// A refusal of the input worded with the options the user typed (the field <c>teamId</c> is <c>--team</c>): one line,
/// exit code 2, as the API would have named the fields.
/// </summary>
public static class OptionRefusal
{
    public static CliException Of(InputException ex, IReadOnlyDictionary<string, string> optionNames) => new(
        string.Join("; ", ex.Errors.Select(e => $"{optionNames.GetValueOrDefault(e.Key, e.Key)} {string.Join(" ", e.Value)}")), exitCode: 2);
}

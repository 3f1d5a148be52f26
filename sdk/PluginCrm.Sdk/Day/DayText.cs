using System.Globalization;

namespace PluginCrm.Sdk.Day;

/// <summary>
/// A line the console shows in the user's language (an item of a user's day; through <see cref="Screens.ValueFormat.Translated"/>,
/// a value of a module's list): <paramref name="Format"/> in English with
/// <c>{0}</c>-style holes, and the <paramref name="Values"/> that fill them. The console looks the format and each value up
/// in the plugin's translations (<c>ScreenSet.Translations</c>), and shows a value without a translation as it is (a name,
/// a date); the API shows the English line (<see cref="ToString"/>).
/// <code>new DayText("{0} priority, to answer by the deadline", "High")  // 高优先级，需在期限前答复</code>
/// </summary>
public sealed record DayText(string Format, params string[] Values)
{
    /// <summary>The line with each hole filled, the format and the values first put through <paramref name="translate"/>.</summary>
    public string In(Func<string, string> translate) =>
        string.Format(CultureInfo.InvariantCulture, translate(Format), Values.Select(v => (object)translate(v)).ToArray());

    /// <summary>
    /// A line without holes, such as a person's own words: its braces doubled, so that formatting shows it as it was
    /// written, and looked up as a whole.
    /// </summary>
    public static DayText Plain(string text) => new(text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));

    /// <summary>The line in English.</summary>
    public override string ToString() => In(text => text);
}

using System.Text.RegularExpressions;
using System.Xml.Linq;
using PluginCrm.Host.Tests.Architecture;

namespace PluginCrm.Host.Tests.WebConsole;

/// <summary>Every label a console page names has its English and its Chinese text: a missing one would show its key.</summary>
public sealed partial class ConsoleTextTests
{
    private static readonly string Console = Path.Combine(HostSource.Directory, "WebConsole");

    [Theory]
    [InlineData("ConsoleText.resx")]
    [InlineData("ConsoleText.zh-CN.resx")]
    public void Every_label_a_page_names_is_in_the_resources(string resources)
    {
        var names = Names(resources);

        var labels = Directory.GetFiles(Console, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => Label().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: Regex.Unescape(m.Groups[1].Value))))
            .ToList();
        var missing = labels
            .Where(label => !names.Contains(label.Key))
            .Select(label => $"{label.File}: {label.Key}")
            .Distinct()
            .ToList();

        Assert.Contains(labels, l => l.Key == "{0} customers"); // the reader sees labels with arguments too
        Assert.Empty(missing);
    }

    [Fact]
    public void Both_languages_have_the_same_labels_and_none_differ_only_in_case()
    {
        var english = Names("ConsoleText.resx");
        var chinese = Names("ConsoleText.zh-CN.resx");

        Assert.Empty(english.Except(chinese));
        Assert.Empty(chinese.Except(english));
        Assert.Empty(english.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)));
    }

    private static HashSet<string> Names(string file) =>
        XDocument.Load(Path.Combine(Console, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    // A label named by its text, T["..."]; labels chosen at run time (a state, a role) are not seen here.
    [GeneratedRegex("""T\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex Label();
}

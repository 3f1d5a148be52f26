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
        var names = XDocument.Load(Path.Combine(Console, resources)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

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

    // A label named by its text, T["..."]; labels chosen at run time (a state, a role) are not seen here.
    [GeneratedRegex("""T\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex Label();
}

using System.Text.RegularExpressions;
using System.Xml.Linq;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.WebConsole;

/// <summary>Every label the console's pages ask for by name is in both languages' resources, so none shows as its key.</summary>
public sealed partial class ConsoleTextTests
{
    private static readonly string Console = Path.Combine(TestPaths.RepoRoot, "host", "PluginCrm.Host", "WebConsole");

    [Theory]
    [InlineData("ConsoleText.resx")]
    [InlineData("ConsoleText.zh-CN.resx")]
    public void Each_label_a_page_names_is_in_the_resources(string resources)
    {
        var names = Names(resources);

        var asked = Directory.GetFiles(Console, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => Label().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Name: m.Groups[1].Value)));

        Assert.Empty(asked.Where(a => !names.Contains(a.Name)).Select(a => $"{a.File}: {a.Name}").Distinct());
    }

    [Fact]
    public void Both_languages_have_the_same_labels()
    {
        var english = Names("ConsoleText.resx");
        var chinese = Names("ConsoleText.zh-CN.resx");

        Assert.Empty(english.Except(chinese));
        Assert.Empty(chinese.Except(english));
    }

    private static HashSet<string> Names(string file) =>
        XDocument.Load(Path.Combine(Console, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    // T["literal"] in markup or code; labels made at run time (T[kind.ToString()]) are the enum's names, checked by their pages' tests.
    [GeneratedRegex("""T\["((?:[^"\\]|\\.)+)"\]""")]
    private static partial Regex Label();
}

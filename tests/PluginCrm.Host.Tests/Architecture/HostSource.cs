using PluginCrm.Host.Tests.Support;
using System.Text.RegularExpressions;

namespace PluginCrm.Host.Tests.Architecture;

/// <summary>
/// The host's source read as folders and the folders each one names: its usings, fully qualified names and relative
/// ones (<c>Records.Tables.Customer</c>), resolved as the compiler would, from the file's own namespace outwards.
/// Comments and strings are left out. Generated migrations are the database's history, not a feature's code.
/// </summary>
public sealed partial class HostSource
{
    private const string Root = "PluginCrm.Host";

    private HostSource(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> dependencies, IReadOnlySet<string> folders)
    {
        Dependencies = dependencies;
        Folders = folders;
    }

    public static string Directory => Path.Combine(TestPaths.RepoRoot, "host", "PluginCrm.Host");

    /// <summary>The top-level folders of the host that hold code.</summary>
    public IReadOnlySet<string> Folders { get; }

    /// <summary>Folder → the folders it names → the files that name them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Dependencies { get; }

    public static HostSource Read()
    {
        var files = System.IO.Directory.GetFiles(Directory, "*.cs", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(Directory, path).Replace('\\', '/'), Text: File.ReadAllText(path)))
            .Where(f => f.Path.Contains('/') && !f.Path.StartsWith("bin/") && !f.Path.StartsWith("obj/") && !f.Path.StartsWith("Data/Migrations/"))
            .ToList();
        var namespaces = files.Select(f => NamespaceOf(f.Text)).OfType<string>().ToHashSet();
        var folders = files.Select(f => f.Path.Split('/')[0]).ToHashSet();
        var found = new Dictionary<string, Dictionary<string, List<string>>>();
        foreach (var (path, text) in files)
        {
            var folder = path.Split('/')[0];
            foreach (var named in Named(Code(text), NamespaceOf(text) ?? Root, namespaces).Where(n => n != folder && folders.Contains(n)))
            {
                var byFolder = found.TryGetValue(folder, out var f) ? f : found[folder] = [];
                (byFolder.TryGetValue(named, out var list) ? list : byFolder[named] = []).Add(path);
            }
        }
        return new HostSource(
            found.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, IReadOnlyList<string>>)p.Value.ToDictionary(q => q.Key, q => (IReadOnlyList<string>)q.Value)),
            folders);
    }

    /// <summary>Pairs of folders that name each other, with the files on both sides.</summary>
    public IEnumerable<string> TwoWayPairs()
    {
        foreach (var (from, targets) in Dependencies)
        {
            foreach (var (to, files) in targets.Where(t => string.CompareOrdinal(from, t.Key) < 0))
            {
                if (Dependencies.TryGetValue(to, out var back) && back.TryGetValue(from, out var backFiles))
                    yield return $"{from} -> {to} ({string.Join(", ", files.Distinct())}) and {to} -> {from} ({string.Join(", ", backFiles.Distinct())})";
            }
        }
    }

    // The top-level folders a file names: PluginCrm.Host.X anywhere, and X.Y relative to its namespace.
    private static IEnumerable<string> Named(string code, string fileNamespace, IReadOnlySet<string> namespaces)
    {
        foreach (Match m in QualifiedName().Matches(code))
            yield return m.Groups[1].Value;
        foreach (Match m in RelativeName().Matches(code))
        {
            var name = m.Groups[1].Value;
            // Inner namespaces first (Records.Access inside PluginCrm.Host.Records), as the compiler looks.
            var scope = fileNamespace;
            string? resolved = null;
            while (scope.Length >= Root.Length && resolved is null)
            {
                if (namespaces.Any(n => n == $"{scope}.{name}" || n.StartsWith($"{scope}.{name}.", StringComparison.Ordinal)))
                    resolved = scope;
                var dot = scope.LastIndexOf('.');
                scope = dot < 0 ? "" : scope[..dot];
            }
            if (resolved == Root)
                yield return name;
        }
    }

    private static string? NamespaceOf(string text) => FileNamespace().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    // Without comments, string literals and the file's own namespace line.
    private static string Code(string text)
    {
        var code = Comments().Replace(text, "");
        code = Strings().Replace(code, "\"\"");
        return FileNamespace().Replace(code, "");
    }

    [GeneratedRegex(@"PluginCrm\.Host\.(\w+)")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*)\.[A-Z]")]
    private static partial Regex RelativeName();

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"@?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex Strings();
}

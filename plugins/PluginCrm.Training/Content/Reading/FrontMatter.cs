using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PluginCrm.Training.Content.Reading;

/// <summary>
/// The YAML fields at the top of a course or lesson file, each read as what it must be, every problem an error on its own
/// line. A field the file may not have is an error too: a misspelt <c>passmark</c> would otherwise be dropped without a word.
/// </summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, YamlNode> values = [];
    private readonly Dictionary<string, int> lines = [];
    private readonly string file;
    private readonly int offset;
    private readonly List<ContentError> errors;

    private FrontMatter(string file, int offset, List<ContentError> errors) => (this.file, this.offset, this.errors) = (file, offset, errors);

    /// <summary>The line of each field given, and of each item of a list as <c>name[i]</c>: where a complaint about it points.</summary>
    public IReadOnlyDictionary<string, int> Lines => lines;

    /// <param name="yaml">The text between the two <c>---</c> lines.</param>
    /// <param name="firstLine">The file's line that text starts on.</param>
    /// <param name="fields">The fields this kind of file may have.</param>
    public static FrontMatter Read(string yaml, int firstLine, IReadOnlyCollection<string> fields, string file, List<ContentError> errors)
    {
        var front = new FrontMatter(file, firstLine - 1, errors);
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.FirstOrDefault()?.RootNode;
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(file, front.LineOf(ex.Start), $"the front matter is not YAML: {ex.Message}"));
            return front;
        }
        if (root is null || root is YamlScalarNode { Value: "" or null })
            return front;
        if (root is not YamlMappingNode mapping)
        {
            errors.Add(new ContentError(file, front.LineOf(root.Start), "the front matter must be fields, one 'name: value' a line"));
            return front;
        }
        foreach (var (name, value) in mapping.Children)
            if (name is not YamlScalarNode { Value: { } field } || !fields.Contains(field))
                errors.Add(new ContentError(file, front.LineOf(name.Start), $"'{name}' is not a field here; the fields are {string.Join(", ", fields)}"));
            else
            {
                front.values[field] = value;
                front.lines[field] = front.LineOf(name.Start);
                if (value is YamlSequenceNode list)
                    for (var i = 0; i < list.Children.Count; i++)
                        front.lines[$"{field}[{i}]"] = front.LineOf(list.Children[i].Start);
            }
        return front;
    }

    public string? Text(string name) => Scalar(name, "text");

    public int? Number(string name) => Scalar(name, "a whole number") switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
        var text => Refuse<int?>(name, $"'{text}' is not a whole number"),
    };

    /// <summary>A list (<c>[a, b]</c> or one <c>- item</c> a line); a single value is a list of one.</summary>
    public IReadOnlyList<string>? List(string name)
    {
        switch (values.GetValueOrDefault(name))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return Value(scalar) is { } one ? [one] : null;
            case YamlSequenceNode list when list.Children.All(item => item is YamlScalarNode { Value: not null }):
                return list.Children.Select(item => ((YamlScalarNode)item).Value!).ToList();
            default:
                return Refuse<IReadOnlyList<string>>(name, "must be a list of values, e.g. [first, second]");
        }
    }

    private string? Scalar(string name, string what) => values.GetValueOrDefault(name) switch
    {
        null => null,
        YamlScalarNode scalar => Value(scalar),
        _ => Refuse<string>(name, $"must be {what}, not a list or a map"),
    };

    // YAML's null: an empty value, ~ or null (not quoted).
    private static string? Value(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL" ? null : scalar.Value;

    private T? Refuse<T>(string name, string reason)
    {
        errors.Add(new ContentError(file, lines[name], $"{name}: {reason}"));
        return default;
    }

    private int LineOf(Mark mark) => offset + (int)mark.Line;
}

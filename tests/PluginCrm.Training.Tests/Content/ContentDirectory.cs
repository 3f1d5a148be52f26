namespace PluginCrm.Training.Tests.Content;

/// <summary>A directory of course content written for one test, deleted after it.</summary>
public sealed class ContentDirectory : IDisposable
{
    // Lower-case hex after a letter: the folder's name is a valid course key when a course.md gives none.
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"training-content-{Guid.NewGuid():N}")).FullName;

    /// <summary>Writes <paramref name="file"/> (relative, '/' between folders) with '\n' line ends, whatever this source file has.</summary>
    public ContentDirectory With(string file, string text)
    {
        var path = System.IO.Path.Combine(Path, file);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>The sample course (<see cref="SampleCourse"/>) in <paramref name="folder"/>, or at the top when null.</summary>
    public ContentDirectory WithSample(string? folder = null, string? key = null)
    {
        foreach (var (file, text) in SampleCourse.Files(key))
            With(folder is null ? file : $"{folder}/{file}", text);
        return this;
    }

    public string Folder(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

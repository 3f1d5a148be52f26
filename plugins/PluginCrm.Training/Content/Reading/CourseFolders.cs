namespace PluginCrm.Training.Content.Reading;

/// <summary>
/// An imported directory: one course folder (it has a <c>course.md</c>) or a folder of course folders. Every file is read
/// before anything is saved, and the courses are put in an order where a course comes after the prerequisites it is
/// imported with, so a course and the one it requires can arrive together.
/// </summary>
public static class CourseFolders
{
    public static ContentReading Read(string directory)
    {
        var folders = File.Exists(Path.Combine(directory, CourseReader.CourseFile))
            ? [directory]
            : Directory.EnumerateDirectories(directory).Where(d => File.Exists(Path.Combine(d, CourseReader.CourseFile))).Order(StringComparer.Ordinal).ToList();
        if (folders.Count == 0)
            return new ContentReading([], [new ContentError(new DirectoryInfo(directory).Name, 0, $"has no {CourseReader.CourseFile}, nor folders that have one")]);
        var courses = folders.Select(folder => CourseReader.Read(folder, directory)).ToList();
        var errors = courses.SelectMany(c => c.Errors).ToList();
        if (errors.Count > 0)
            return new ContentReading([], errors);
        foreach (var twin in courses.GroupBy(c => c.Course!.Key).Where(g => g.Count() > 1))
            errors.AddRange(twin.Skip(1).Select(c => c.Source.Error("key", $"'{twin.Key}' is also the key of {twin.First().Source.File}")));
        return errors.Count > 0 ? new ContentReading([], errors) : InOrder(courses);
    }

    // Depth first: a course is placed once everything it requires from this import is; a way back to itself is a circle.
    private static ContentReading InOrder(IReadOnlyList<CourseReading> courses)
    {
        var byKey = courses.ToDictionary(c => c.Course!.Key!);
        var ordered = new List<CourseReading>();
        var placed = new HashSet<string>();
        var path = new List<string>();
        ContentError? Place(CourseReading course)
        {
            if (placed.Contains(course.Course!.Key!))
                return null;
            path.Add(course.Course!.Key!);
            var prerequisites = course.Course.Prerequisites ?? [];
            for (var p = 0; p < prerequisites.Count; p++)
            {
                if (!byKey.TryGetValue(prerequisites[p], out var required))
                    continue; // not imported: the catalogue must have it, which saving checks
                if (path.Contains(required.Course!.Key!))
                    return course.Source.Error($"prerequisites[{p}]", $"makes a circle: {string.Join(" requires ", path.Skip(path.IndexOf(prerequisites[p])).Append(prerequisites[p]))}");
                if (Place(required) is { } circle)
                    return circle;
            }
            path.RemoveAt(path.Count - 1);
            placed.Add(course.Course.Key!);
            ordered.Add(course);
            return null;
        }
        foreach (var course in courses)
            if (Place(course) is { } circle)
                return new ContentReading([], [circle]);
        return new ContentReading(ordered, []);
    }
}

namespace PluginCrm.Training.Tests.Content;

/// <summary>A course as docs/training-content.md writes one: a text lesson, a video and the documented quiz.</summary>
public static class SampleCourse
{
    public const string Quiz = """
        ---
        title: Check what you learned
        kind: quiz
        passMark: 60
        attempts: 2
        ---

        ## light (single, 2 points)
        Which light means the battery is low?
        - [ ] Green
        - [x] Red
        > Red comes on below 10%.

        ## charge (multiple)
        How can it be charged?
        - [x] USB-C
        - [x] Dock
        - [ ] Solar

        ## waterproof (true/false)
        The device is waterproof.
        = false

        ## model-name (short)
        What is the model called?
        = Pulse One
        = PulseOne
        """;

    /// <summary>The files, by name; with <paramref name="key"/> the course says its key, else its folder's name is the key.</summary>
    public static IEnumerable<(string File, string Text)> Files(string? key = null)
    {
        yield return ("course.md", $"""
            ---
            {(key is null ? "" : $"key: {key}")}
            title: Getting started
            ---

            Use the *Pulse One* from day one.
            """);
        yield return ("01-welcome.md", """
            ---
            title: Welcome
            minutes: 5
            ---

            # Welcome

            What the Pulse One does.
            """);
        yield return ("02-tour.md", """
            ---
            title: A tour
            kind: video
            url: https://video.example.test/tour
            minutes: 10
            ---
            """);
        yield return ("03-check.md", Quiz);
    }
}

using PluginCrm.Training.Content.Reading;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Courses.Manage;

namespace PluginCrm.Training.Tests.Content;

/// <summary>A course folder reads as the definition the API would take, or as every error, each as <c>file:line: reason</c>.</summary>
public sealed class CourseReaderTests
{
    [Fact]
    public void The_documented_course_reads_as_its_definition()
    {
        using var content = new ContentDirectory().WithSample("getting-started");

        var reading = CourseReader.Read(content.Folder("getting-started"), content.Path);

        Assert.Empty(reading.Errors);
        var expected = new CourseDefinition("getting-started", "Getting started", Audiences.Customers,
        [
            new LessonDefinition("welcome", "Welcome", LessonKinds.Text, "# Welcome\n\nWhat the Pulse One does.", Minutes: 5),
            new LessonDefinition("tour", "A tour", LessonKinds.Video, Url: "https://video.example.test/tour", Minutes: 10),
            new LessonDefinition("check", "Check what you learned", LessonKinds.Quiz, Quiz: new QuizDefinition(
            [
                new QuizQuestion("light", QuestionTypes.Single, "Which light means the battery is low?", ["Green", "Red"], ["Red"], Explanation: "Red comes on below 10%.", Points: 2),
                new QuizQuestion("charge", QuestionTypes.Multiple, "How can it be charged?", ["USB-C", "Dock", "Solar"], ["USB-C", "Dock"]),
                new QuizQuestion("waterproof", QuestionTypes.TrueFalse, "The device is waterproof.", Correct: ["false"]),
                new QuizQuestion("model-name", QuestionTypes.Short, "What is the model called?", Accepted: ["Pulse One", "PulseOne"]),
            ], PassMark: 60, Attempts: 2)),
        ], "Use the *Pulse One* from day one.");
        // As stored: the same JSON is the same course, which is what makes a second import change nothing.
        Assert.Equal(CourseJson.Write(expected), CourseJson.Write(reading.Course!));
    }

    [Fact]
    public void Lessons_go_by_order_then_file_name_and_a_file_name_loses_its_number_prefix()
    {
        using var content = new ContentDirectory()
            .With("course.md", "---\nkey: ordered\ntitle: Ordered\naudience: staff\nprerequisites: [basics]\n---\n")
            .With("b.md", Lesson("B", "order: 2"))
            .With("a.md", Lesson("A"))
            .With("10_setup.md", Lesson("Setup", "order: 1"))
            .With("2-intro.md", Lesson("Intro", "order: 1"))
            .With("notes.txt", "not a lesson");

        var course = CourseReader.Read(content.Path, content.Path).Course!;

        Assert.Equal(["setup", "intro", "b", "a"], course.Lessons!.Select(l => l.Key));
        Assert.Equal(("ordered", "staff"), (course.Key, course.Audience));
        Assert.Equal(["basics"], course.Prerequisites!);
    }

    [Fact]
    public void Front_matter_that_cannot_be_read_is_named_by_its_line()
    {
        using var content = new ContentDirectory()
            .With("course.md", "---\ntitle: Broken\n---\n")
            .With("a.md", "# Just Markdown\n")
            .With("b.md", "---\ntitle: Never closed\n\nBody.\n")
            .With("c.md", "---\ntitle: Welcome\nminutes: [5\n---\nBody.\n")
            .With("d.md", "---\ntitle: Misspelt\npassmark: 80\n---\nBody.\n")
            .With("e.md", "---\ntitle: Numbers\norder: first\nminutes: [1, 2]\n---\nBody.\n")
            .With("f.md", "---\ntitle: Not a quiz\npassMark: 80\n---\nBody.\n")
            .With("g.md", "---\ntitle: Twice\ntitle: Again\n---\nBody.\n")
            .With("h.md", "---\n- a list\n---\nBody.\n");

        Assert.Equal(
        [
            "a.md:1: must start with front matter: a line '---', its fields ('title: …'), and a line '---'",
            "b.md:1: the front matter opened here is not closed by a line '---'",
            "c.md:4: the front matter is not YAML: While parsing a flow sequence, did not find expected ',' or ']'.",
            "d.md:3: 'passmark' is not a field here; the fields are title, order, kind, key, url, document, minutes, passMark, attempts",
            "e.md:3: order: 'first' is not a whole number",
            "e.md:4: minutes: must be a whole number, not a list or a map",
            "f.md:3: passMark: is for a quiz lesson, not text",
            "g.md:3: the front matter is not YAML: Duplicate key title",
            "h.md:2: the front matter must be fields, one 'name: value' a line",
        ], Errors(content));
    }

    [Fact]
    public void What_the_course_rules_refuse_is_put_on_the_line_it_came_from()
    {
        using var content = new ContentDirectory()
            .With("course.md", "---\nkey: Bad Key\ntitle: Rules\naudience: partners\nprerequisites:\n  - basics\n  - Advanced\n---\n")
            .With("a-no-title.md", "---\nminutes: 5\n---\nBody.\n")
            .With("b-no-body.md", "---\ntitle: Empty\n---\n\n")
            .With("c-video.md", "---\ntitle: Video\nkind: video\nurl: ftp://video.example.test/v\n---\n")
            .With("d-kind.md", "---\ntitle: Audio\nkind: audio\n---\nBody.\n")
            .With("e-Capital.md", "---\ntitle: Capital\n---\nBody.\n")
            .With("f-twin.md", "---\ntitle: Twin\nkey: twin\n---\nBody.\n")
            .With("g-twin.md", "---\ntitle: Other twin\nkey: twin\n---\nBody.\n")
            .With("h-document.md", "---\ntitle: Handbook\nkind: document\nminutes: 7000\n---\n");

        const string keyRule = "must be lower-case letters, digits and '-', starting with a letter, at most 60";
        Assert.Equal(
        [
            "a-no-title.md:1: title: is required, at most 200 characters",
            "b-no-body.md:3: body: is required for a text lesson",
            "c-video.md:4: url: must be an http or https address for a video lesson",
            "course.md:2: key: " + keyRule,
            "course.md:4: audience: 'partners' is not one of customers, staff",
            "course.md:7: prerequisites[1]: " + keyRule,
            "d-kind.md:3: kind: 'audio' is not one of text, video, document, quiz",
            "e-Capital.md:1: key: " + keyRule,
            "g-twin.md:3: key: 'twin' is the key of an earlier lesson",
            "h-document.md:1: document: is required for a document lesson: a URL or a file name in the company's library, at most 500 characters",
            "h-document.md:4: minutes: must be between 0 and 6000",
        ], Errors(content));
    }

    [Fact]
    public void A_course_needs_a_lesson_and_one_summary()
    {
        using var content = new ContentDirectory()
            .With("empty/course.md", "---\ntitle: Empty\n---\n")
            .With("twice/course.md", "---\ntitle: Twice\nsummary: Short.\n---\n\nAnd long.\n")
            .With("twice/a.md", Lesson("A"));

        Assert.Equal(["empty/course.md:1: lessons: must hold at least one lesson"], Errors(content, "empty"));
        Assert.Equal(["twice/course.md:6: the body would be the summary, but the front matter has one; keep one of them"], Errors(content, "twice"));
    }

    [Fact]
    public void Every_line_of_a_quiz_that_is_not_its_format_is_an_error_on_that_line()
    {
        using var content = new ContentDirectory().With("course.md", "---\ntitle: Quiz\n---\n").With("quiz.md", """
            ---
            title: Quiz
            kind: quiz
            ---
            Intro text before any question.

            ## light single
            Text.

            ## colour (colourful)
            Which?

            ## pick (single)
            Which one?
            - [x] Red
            - Green

            Stray text after the choices.

            ## sure (true/false)
            Is it?
            = maybe

            ## why (short)
            Why?
            = Because
            > It is so,
            and so on.

            1. numbered

            ### A smaller heading
            """);

        Assert.Equal(
        [
            "quiz.md:5: comes before the first question; each question starts with a heading '## key (type)'",
            "quiz.md:7: '## light single' is not a question heading: '## key (type)' or '## key (type, N points)'",
            "quiz.md:10: 'colourful' is not a question type: single, multiple, true/false or short",
            "quiz.md:16: a choice is one line: '- [x] a right one' or '- [ ] a wrong one'",
            "quiz.md:18: is not a choice ('- [x] …'), an answer ('= …') or an explanation ('> …'); a question's text comes first",
            "quiz.md:22: 'maybe' is not true or false",
            "quiz.md:28: continues the explanation without '>'; start each of its lines with '> '",
            "quiz.md:30: is not part of a question: its text, '- [x]' choices, '= ' answers or a '> ' explanation",
            "quiz.md:32: only a heading '## key (type)' starts a question",
        ], Errors(content));
    }

    [Fact]
    public void What_the_quiz_rules_refuse_is_put_on_the_question_heading_or_the_setting()
    {
        using var content = new ContentDirectory().With("course.md", "---\ntitle: Quiz\n---\n")
            .With("a-quiz.md", "---\ntitle: Quiz\nkind: quiz\npassMark: 120\n---\n## pick (single, 2 points)\nWhich?\n- [x] Red\n- [x] Green\n\n## empty (short)\n= yes\n")
            .With("b-none.md", "---\ntitle: No questions\nkind: quiz\n---\n");

        Assert.Equal(
        [
            "a-quiz.md:4: quiz.passMark: must be a percentage between 0 and 100",
            "a-quiz.md:6: quiz.questions[0].correct: must name exactly one choice for a single-choice question",
            "a-quiz.md:11: quiz.questions[1].text: is required, at most 2000 characters",
            "b-none.md:4: quiz.questions: must hold at least one question",
        ], Errors(content));
    }

    [Fact]
    public void Code_in_a_question_stays_text_even_where_its_lines_look_like_choices()
    {
        using var content = new ContentDirectory().With("course.md", "---\ntitle: Code\n---\n").With("quiz.md", """
            ---
            title: Code
            kind: quiz
            ---
            ## output (single)
            What does this print?

            ```
            - [x] not a choice
            = not an answer
            ```
            - [x] 1
            - [ ] 2
            """);

        var question = Assert.Single(CourseReader.Read(content.Path, content.Path).Course!.Lessons![0].Quiz!.Questions!);

        Assert.Equal("What does this print?\n\n```\n- [x] not a choice\n= not an answer\n```", question.Text);
        Assert.Equal([["1", "2"], ["1"]], new[] { question.Choices!, question.Correct! });
    }

    [Fact]
    public void Windows_line_ends_read_the_same()
    {
        using var content = new ContentDirectory().WithSample("unix");
        var crlf = Directory.CreateDirectory(content.Folder("windows")).FullName;
        foreach (var (file, text) in SampleCourse.Files())
            File.WriteAllText(Path.Combine(crlf, file), text.ReplaceLineEndings("\r\n"));

        var unix = CourseReader.Read(content.Folder("unix"), content.Path).Course!;
        var windows = CourseReader.Read(crlf, content.Path).Course!;

        Assert.Equal(CourseJson.Write(unix with { Key = "windows" }), CourseJson.Write(windows));
    }

    // A reading with errors has no course; each error as the command prints it.
    private static string[] Errors(ContentDirectory content, string? folder = null)
    {
        var reading = CourseReader.Read(folder is null ? content.Path : content.Folder(folder), content.Path);
        Assert.Null(reading.Course);
        return reading.Errors.Select(e => e.ToString()).ToArray();
    }

    private static string Lesson(string title, string extra = "") => $"---\ntitle: {title}\n{extra}\n---\n{title}, the lesson.\n";
}

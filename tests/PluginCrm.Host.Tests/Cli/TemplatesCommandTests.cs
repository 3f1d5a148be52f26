using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Cli;

/// <summary><c>crm templates list|show|set|preview</c>, each run as its own process on a temp data folder.</summary>
public sealed class TemplatesCommandTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    private string NoPlugins => Directory.CreateDirectory(Path.Combine(data.Path, "no-plugins")).FullName;

    private Task<CliRunner.Result> Crm(params string[] args) =>
        CliRunner.RunAsync([.. args, "--data-dir", data.Path, "--plugins-dir", NoPlugins]);

    private string File(string name, string text)
    {
        var path = Path.Combine(data.Path, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Set_show_version_and_preview_a_template()
    {
        var v1 = File("v1.txt", "{{ crm_text.greeting customer.name 'zh' }}！");
        var v2 = File("v2.txt", "{{ customer.name }}：{{ crm_money.format 1234.5 'CNY' 'zh-CN' }}\n");

        var created = await Crm("templates", "set", "greeting.welcome", "--kind", "message", "--file", v1, "--description", "Welcome");
        var saved = await Crm("templates", "set", "greeting.welcome", "--kind", "message", "--file", v2);
        var list = await Crm("templates", "list");
        var current = await Crm("templates", "show", "greeting.welcome");
        var first = await Crm("templates", "show", "greeting.welcome", "--version", "1");
        var preview = await Crm("templates", "preview", "greeting.welcome", "--sample");
        var previewCustomer = await Crm("templates", "preview", "greeting.welcome", "--sample", "customer");

        Assert.Equal((0, "template greeting.welcome version 1 created"), (created.ExitCode, created.Out.Trim()));
        Assert.Equal((0, "template greeting.welcome version 2 saved"), (saved.ExitCode, saved.Out.Trim()));
        Assert.Equal(0, list.ExitCode);
        var rows = list.Out.Trim().Split('\n');
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("KEY", rows[0]);
        Assert.Matches(@"^greeting\.welcome\s+message\s+2\s+\S+ \S+\s+Welcome$", rows[1].TrimEnd());
        Assert.Equal((0, "{{ customer.name }}：{{ crm_money.format 1234.5 'CNY' 'zh-CN' }}\n"), (current.ExitCode, current.Out)); // exactly the file
        Assert.Equal((0, "{{ crm_text.greeting customer.name 'zh' }}！\n"), (first.ExitCode, first.Out));
        Assert.Equal((0, "王芳：¥1,234.50\n"), (preview.ExitCode, preview.Out));
        Assert.Equal((0, "王芳：¥1,234.50\n"), (previewCustomer.ExitCode, previewCustomer.Out));
    }

    [Fact]
    public async Task A_bad_template_is_refused_with_every_error_and_nothing_is_stored()
    {
        var bad = File("bad.txt", "Line one\nLine two\n{{ if }}\n{{ for x in }}");

        var refused = await Crm("templates", "set", "broken", "--kind", "document", "--file", bad);
        var missing = await Crm("templates", "set", "broken", "--kind", "document", "--file", Path.Combine(data.Path, "nope.txt"));
        var show = await Crm("templates", "show", "broken");

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("", refused.Out);
        var errors = refused.Error.Trim().Split('\n');
        Assert.True(errors.Length >= 2, refused.Error);
        Assert.All(errors, e => Assert.StartsWith($"crm: {bad}: line ", e));
        Assert.StartsWith($"crm: {bad}: line 3, column ", errors[0]);
        Assert.Contains(errors, e => e.StartsWith($"crm: {bad}: line 4, column ", StringComparison.Ordinal));
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal($"crm: --file '{Path.Combine(data.Path, "nope.txt")}': there is no such file", missing.Error.Trim());
        Assert.Equal(1, show.ExitCode);
        Assert.Equal("crm: There is no template 'broken'.", show.Error.Trim());
    }

    [Fact]
    public async Task Preview_needs_exactly_one_source_and_a_missing_record_is_one_line()
    {
        await Crm("templates", "set", "deal.note", "--kind", "message", "--file", File("t.txt", "{{ deal.title }}"));

        var none = await Crm("templates", "preview", "deal.note");
        var missing = await Crm("templates", "preview", "deal.note", "--deal", "42");

        Assert.Equal(2, none.ExitCode);
        Assert.StartsWith("crm: give exactly one of --sample", none.Error.Trim());
        Assert.Equal(1, missing.ExitCode);
        Assert.Single(missing.Error.Trim().Split('\n'));
    }
}

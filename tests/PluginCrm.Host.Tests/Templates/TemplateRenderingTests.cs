using PluginCrm.Host.Templates.Preview;
using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Templates;

/// <summary>The renderer alone: models, and every attack shape failing with a clear message (not a hang or a crash).</summary>
public sealed class TemplateRenderingTests
{
    private readonly TemplateRenderer renderer = Renderers.Create(new ManualClock());

    private string Render(string body) => renderer.Render(body, SampleRecords.All, CancellationToken.None);

    private string Fails(string body) => Assert.Throws<TemplateRenderException>(() => Render(body)).Message;

    [Fact]
    public void Records_are_snake_case_models()
    {
        Assert.Equal("王芳 vip customer 1988 Tea 59.8",
            Render("{{ customer.name }} {{ customer.tags[0] }} {{ customer.stage }} {{ customer.birthday | date.to_string '%Y' }} {{ order.lines[0].description }} {{ order.lines[0].amount }}"));
    }

    [Fact]
    public void An_endless_loop_hits_the_loop_limit() => Assert.Contains("loop", Fails("{{ while true }}x{{ end }}"), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Deep_recursion_hits_the_recursion_limit() =>
        Assert.Contains("recursive", Fails("{{ func f(n)\n ret f(n + 1)\nend }}{{ f 0 }}"), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void A_huge_string_is_refused() => Assert.Contains("limit", Fails("{{ \"x\" | string.pad_right 100000000 }}"), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Output_beyond_the_limit_is_refused() =>
        Assert.Contains("limit", Fails("{{ for i in 1..9000 }}0123456789abcdef{{ end }}"), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Reflection_through_members_is_not_possible()
    {
        Fails("{{ customer.get_type }}");
        Fails("{{ customer.created_utc.ticks }}");
    }

    [Fact]
    public void Include_has_nothing_to_load_from() => Assert.Contains("include", Fails("{{ include 'file' }}"), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void An_unknown_variable_is_an_error() => Assert.Contains("custmer", Fails("Hello {{ custmer.name }}"));

    [Fact]
    public void Deep_nesting_is_refused_by_the_parser() =>
        Assert.Contains("depth", Fails("{{ " + string.Concat(Enumerable.Repeat("(", 500)) + "1" + string.Concat(Enumerable.Repeat(")", 500)) + " }}"), StringComparison.OrdinalIgnoreCase);
}

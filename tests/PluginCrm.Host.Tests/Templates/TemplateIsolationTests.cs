using PluginCrm.Host.Templates.Preview;
using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Templates;

/// <summary>
/// The function namespaces are built once and shared by every render (previews, notifications, rules): whatever a
/// template tries, the next render sees them as they were.
/// </summary>
public sealed class TemplateIsolationTests
{
    // Shows every member of every namespace, so anything added, replaced or shadowed changes the output.
    private const string Plain =
        "{{ crm_text.greeting customer.name 'en' }} {{ notes.shout 'hi' }} | {{ object.keys crm_text }} {{ object.keys crm_date }} {{ object.keys crm_money }} {{ object.keys notes }}";

    private readonly TemplateRenderer renderer = Renderers.Create(new ManualClock(), new Dictionary<string, Type> { ["notes"] = typeof(ShoutFunctions) });

    private string Render(string body) => renderer.Render(body, SampleRecords.All, CancellationToken.None);

    [Fact]
    public void The_plain_template_shows_every_function()
    {
        Assert.Equal("Dear 王芳, HI! | [\"greeting\", \"truncate\", \"initials\"] [\"format\", \"age\"] [\"format\"] [\"shout\"]", Render(Plain));
    }

    [Theory]
    // a member added, replaced, or set through the indexer
    [InlineData("{{ crm_text.x = 'leak' }}", "crm_text is read-only")]
    [InlineData("{{ crm_text.greeting = 'pwned' }}", "crm_text is read-only")]
    [InlineData("{{ crm_text['greeting'] = 'pwned' }}", "crm_text is read-only")]
    [InlineData("{{ crm_date.x = 'leak' }}", "crm_date is read-only")]
    [InlineData("{{ notes.x = 'leak' }}", "notes is read-only")]
    [InlineData("{{ capture crm_text.x }}leak{{ end }}", "crm_text is read-only")]
    // the namespace's name itself
    [InlineData("{{ crm_text = 1 }}", "crm_text is read-only")]
    [InlineData("{{ this.crm_text = 1 }}", "crm_text is read-only")]
    [InlineData("{{ func notes\n ret 1\nend }}", "notes is read-only")]
    [InlineData("{{ func f\n crm_text = 1\nend }}{{ f }}", "crm_text is read-only")]
    // `with` makes the namespace the scope that new variables go to
    [InlineData("{{ with crm_text }}{{ x = 'leak' }}{{ end }}", "crm_text is read-only")]
    [InlineData("{{ with crm_text }}{{ this.x = 'leak' }}{{ end }}", "crm_text is read-only")]
    [InlineData("{{ with crm_text }}{{ capture x }}leak{{ end }}{{ end }}", "crm_text is read-only")]
    [InlineData("{{ with crm_text }}{{ func x\n ret 1\nend }}{{ end }}", "crm_text is read-only")]
    // ... and these Scriban refuses itself, in its own words (an existing function, an import or readonly there)
    [InlineData("{{ with crm_text }}{{ greeting = 'pwned' }}{{ end }}", "Cannot set the readonly variable `greeting`")]
    [InlineData("{{ with crm_text }}{{ import {x: 'leak'} }}{{ end }}", "The object is readonly")]
    [InlineData("{{ with crm_date }}{{ import crm_text }}{{ end }}", "The object is readonly")]
    [InlineData("{{ with crm_text }}{{ readonly greeting }}{{ end }}", "Cannot set the readonly variable `greeting`")]
    // from inside a function, and from a string evaluated at run time
    [InlineData("{{ func f\n crm_text.x = 'leak'\nend }}{{ f }}", "crm_text is read-only")]
    [InlineData("{{ 'crm_text.x = 1' | object.eval }}", "crm_text is read-only")]
    [InlineData("{{ '{{ crm_text.x = 1 }}' | object.eval_template }}", "crm_text is read-only")]
    public void A_template_changing_a_function_namespace_is_refused_and_the_next_render_is_unchanged(string hostile, string refusal)
    {
        var before = Render(Plain);

        var message = Assert.Throws<TemplateRenderException>(() => Render(hostile)).Message;

        Assert.Contains(refusal, message);
        Assert.Equal(before, Render(Plain));
    }

    [Theory]
    // an import copies into the render's own globals; a $ variable is the render's own local, beside crm_text not over it
    [InlineData("{{ import {crm_text: 'mine'} }}{{ crm_text }}", "mine")]
    [InlineData("{{ $crm_text = 'mine' }}{{ $crm_text }} {{ crm_text.initials 'Wang Fang' }}", "mine WF")]
    [InlineData("{{ with crm_text }}{{ $x = 'mine' }}{{ $x }}{{ end }}", "mine")]
    public void A_change_that_is_not_refused_stays_in_its_own_render(string body, string output)
    {
        var before = Render(Plain);

        Assert.Equal(output, Render(body));

        Assert.Equal(before, Render(Plain));
    }

    [Fact]
    public void A_renders_variables_and_functions_do_not_reach_the_next_render_on_the_same_renderer()
    {
        // The renderer reuses its context from one render to the next (a job renders thousands in one scope).
        Assert.Equal("1", Render("{{ secret = 'leak' }}{{ func mine\n ret 1\nend }}{{ mine }}"));

        Assert.Contains("secret", Assert.Throws<TemplateRenderException>(() => Render("{{ secret }}")).Message);
        Assert.Contains("mine", Assert.Throws<TemplateRenderException>(() => Render("{{ mine }}")).Message);
        Assert.Equal("ok", Render("{{ for i in 1..3 }}{{ if i == 2 }}{{ break }}{{ end }}{{ end }}ok"));
    }

    [Theory]
    [InlineData("{{ string.x = 'leak' }}")]
    [InlineData("{{ string.upcase = 'pwned' }}")]
    [InlineData("{{ with math }}{{ x = 'leak' }}{{ end }}")]
    [InlineData("{{ date.now = 1 }}")]
    public void Scribans_builtins_are_shared_read_only(string hostile)
    {
        var before = Render("{{ string.upcase 'a' }} {{ object.keys string | array.size }} {{ object.keys math | array.size }}");

        Assert.Throws<TemplateRenderException>(() => Render(hostile));

        Assert.Equal(before, Render("{{ string.upcase 'a' }} {{ object.keys string | array.size }} {{ object.keys math | array.size }}"));
    }

    [Fact]
    public void Reading_the_functions_and_a_templates_own_variables_still_work()
    {
        Assert.Equal("Dear 王芳,", Render("{{ with crm_text }}{{ greeting customer.name 'en' }}{{ end }}"));
        Assert.Equal("WF", Render("{{ import crm_text }}{{ initials 'Wang Fang' }}"));
        Assert.Equal("2 HI!", Render("{{ x = 1 }}{{ func twice(n)\n ret n * 2\nend }}{{ twice x }} {{ notes.shout 'hi' }}"));
    }

    private sealed class ShoutFunctions
    {
        public string Shout(string text) => text.ToUpperInvariant() + "!";
    }
}

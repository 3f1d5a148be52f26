using PluginCrm.Host.Plugins;
using PluginCrm.Host.Templates.PluginFunctions;
using PluginCrm.Host.Templates.Preview;
using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Templates;

/// <summary>
/// A plugin's functions class through the renderer, without a host: what a template can pass and read back, what a
/// plugin cannot offer, and a switched-off module's namespace.
/// </summary>
public sealed class PluginFunctionTests
{
    private readonly HashSet<string> enabled = ["t"];
    private int switchReads;

    private TemplateRenderer Renderer() => Renderers.Create(new ManualClock(), new Dictionary<string, Type> { ["t"] = typeof(Typed) }, () =>
    {
        switchReads++;
        return enabled.ToHashSet();
    });

    private string Render(string body) => Renderer().Render(body, SampleRecords.All, CancellationToken.None);

    [Theory]
    [InlineData("{{ t.double order.total }}", "119.6")] // decimal in, decimal out, exactly
    [InlineData("{{ t.next_day customer.birthday | date.to_string '%F' }}", "1988-03-15")] // DateOnly in and out, a date to the template
    [InlineData("{{ t.name_of customer }}", "王芳")] // the model's own record
    [InlineData("{{ (t.same customer).stage }} {{ (t.same customer).birthday | date.to_string '%F' }}", "customer 1988-03-14")] // a record out, as a model shows it
    [InlineData("{{ (t.twice customer)[1].name }}", "王芳")] // a list of records out
    [InlineData("{{ t.count customer.tags }} {{ t.count ['a', 'b'] }}", "1 2")] // a template's array in
    [InlineData("{{ t.join 'a' 'b' 'c' }}", "a-b-c")] // params
    [InlineData("{{ t.pad 'x' }}|{{ t.pad 'x' 3 }}", "x    |x  ")] // an optional parameter
    [InlineData("{{ t.or_minus_one null }} {{ t.or_minus_one 4 }}", "-1 4")] // nullable
    [InlineData("{{ t.later 2 }} {{ t.later_value 'v' }}", "3 v!")] // Task<T> and ValueTask<T>, waited for
    [InlineData("{{ t.is_long 'abcdef' }} {{ t.ratio 1 4 }}", "true 0.25")]
    public void Allowed_types_pass_in_and_come_back_as_a_model_shows_them(string body, string output) => Assert.Equal(output, Render(body));

    [Fact]
    public void A_record_parameter_takes_only_a_models_record()
    {
        var message = Assert.Throws<TemplateRenderException>(() => Render("{{ t.name_of {name: 'forged'} }}")).Message;

        Assert.Contains("Unable to convert type `object` to `CustomerRecord`", message);
    }

    [Fact]
    public void A_functions_exception_fails_the_render_with_its_message()
    {
        Assert.EndsWith("no negative counts", Assert.Throws<TemplateRenderException>(() => Render("{{ t.later (-1) }}")).Message);
    }

    [Fact]
    public void A_switched_off_modules_namespace_fails_naming_it_and_comes_back_when_switched_on()
    {
        Assert.Equal("a-b", Render("{{ t.join 'a' 'b' }}"));

        enabled.Clear();
        var message = Assert.Throws<TemplateRenderException>(() => Render("{{ t.join 'a' 'b' }}")).Message;
        Assert.Contains("t is not available: the module 't' is disabled", message);
        Assert.Contains("t is not available", Assert.Throws<TemplateRenderException>(() => Render("{{ object.keys t }}")).Message);
        Assert.Contains("t is not available", Assert.Throws<TemplateRenderException>(() => Render("{{ 't.join 1' | object.eval }}")).Message);
        Assert.Equal(["line 1, column 4: t is not available: the module 't' is disabled"], Renderer().Problems("{{ t.join 'a' 'b' }}"));

        enabled.Add("t");
        Assert.Equal("a-b", Render("{{ t.join 'a' 'b' }}"));
        Assert.Empty(Renderer().Problems("{{ t.join 'a' 'b' }}"));
    }

    [Fact]
    public void A_scope_reads_the_switches_once_and_only_when_a_render_touches_a_plugins_namespace()
    {
        var renderer = Renderer(); // one scope's

        renderer.Render("{{ crm_text.initials customer.name }} {{ customer.name }}", SampleRecords.All, CancellationToken.None);
        Assert.Equal(0, switchReads);

        renderer.Render("{{ t.join 'a' }} {{ t.join 'b' }} {{ for i in 1..3 }}{{ t.count [i] }}{{ end }}", SampleRecords.All, CancellationToken.None);
        renderer.Render("{{ t.join 'c' }}", SampleRecords.All, CancellationToken.None);
        Assert.Equal(1, switchReads);
        Renderer().Render("{{ t.join 'd' }}", SampleRecords.All, CancellationToken.None); // the next request's
        Assert.Equal(2, switchReads);
    }

    [Theory]
    [InlineData(typeof(TakesGuid), "template function 't.short' (TakesGuid.Short): parameter 'id' is a Guid")]
    [InlineData(typeof(TakesObject), "template function 't.show' (TakesObject.Show): parameter 'value' is a Object")]
    [InlineData(typeof(TakesEnum), "template function 't.label' (TakesEnum.Label): parameter 'stage' is a DealStage")]
    [InlineData(typeof(TakesDictionary), "template function 't.size' (TakesDictionary.Size): parameter 'map' is a Dictionary<String, String>")]
    [InlineData(typeof(TakesOut), "template function 't.parse' (TakesOut.Parse): parameter 'value' is ref or out")]
    [InlineData(typeof(ReturnsNothing), "template function 't.touch' (ReturnsNothing.Touch) returns nothing")]
    [InlineData(typeof(ReturnsTask), "template function 't.touch_async' (ReturnsTask.TouchAsync) returns nothing")]
    [InlineData(typeof(ReturnsObject), "template function 't.anything' (ReturnsObject.Anything) returns a Object")]
    [InlineData(typeof(ReturnsTaskOfDictionary), "template function 't.map' (ReturnsTaskOfDictionary.Map) returns a Task<Dictionary<String, Int32>>")]
    [InlineData(typeof(Generic), "template function 't.first' (Generic.First) is generic")]
    [InlineData(typeof(Overloads), "template function 't.pick' (Overloads.Pick): there is another function of that name")]
    [InlineData(typeof(Nothing), "template functions Nothing declare no public instance method")]
    public void A_signature_a_template_cannot_call_is_refused_naming_function_and_type(Type functions, string refusal)
    {
        var message = Assert.Throws<PluginLoadException>(() => PluginFunctionSignatures.Read(functions, "t")).Message;

        Assert.StartsWith(refusal, message);
    }

    private sealed class Typed
    {
        public decimal Double(decimal amount) => amount * 2;
        public DateOnly NextDay(DateOnly day) => day.AddDays(1);
        public string NameOf(CustomerRecord customer) => customer.Name;
        public CustomerRecord Same(CustomerRecord customer) => customer;
        public IReadOnlyList<CustomerRecord> Twice(CustomerRecord customer) => [customer, customer];
        public int Count(IReadOnlyList<string> items) => items.Count;
        public string Join(params string[] parts) => string.Join('-', parts);
        public string Pad(string text, int width = 5) => text.PadRight(width);
        public int OrMinusOne(int? value) => value ?? -1;
        public async Task<int> Later(int value)
        {
            await Task.Yield();
            return value >= 0 ? value + 1 : throw new ArgumentException("no negative counts");
        }
        public ValueTask<string> LaterValue(string text) => ValueTask.FromResult(text + "!");
        public bool IsLong(string text) => text.Length > 5;
        public double Ratio(long part, long whole) => (double)part / whole;
    }

    private sealed class TakesGuid { public string Short(Guid id) => id.ToString(); }
    private sealed class TakesObject { public string Show(object value) => value.ToString()!; }
    private sealed class TakesEnum { public string Label(DealStage stage) => stage.ToString(); }
    private sealed class TakesDictionary { public int Size(Dictionary<string, string> map) => map.Count; }
    private sealed class TakesOut { public bool Parse(string text, out int value) => int.TryParse(text, out value); }
    private sealed class ReturnsNothing { public void Touch(string text) => _ = text; }
    private sealed class ReturnsTask { public Task TouchAsync(string text) => Task.CompletedTask; }
    private sealed class ReturnsObject { public object Anything(string text) => text; }
    private sealed class ReturnsTaskOfDictionary { public Task<Dictionary<string, int>> Map(string text) => Task.FromResult(new Dictionary<string, int>()); }
    private sealed class Generic { public T First<T>(IReadOnlyList<T> items) => items[0]; }
    private sealed class Overloads
    {
        public string Pick(string text) => text;
        public string Pick(string text, int count) => text[..count];
    }
    private sealed class Nothing { private string Hidden() => ""; }
}

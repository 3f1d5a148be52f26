using System.Text.Json.Nodes;
using PluginCrm.Host.Settings;
using PluginCrm.Host.WebConsole.Admin;

namespace PluginCrm.Host.Tests.WebConsole.Admin;

/// <summary>The inputs a settings type gets, and what a typed value is sent to the API as.</summary>
public sealed class SettingsFieldTests
{
    private static readonly IReadOnlyList<SettingsField> Fields = SettingsField.Of(new SettingsDefinition("sample", typeof(SampleSettings), new SampleSettings()));

    [Fact]
    public void Each_property_gets_the_input_its_type_asks_for_under_its_api_name()
    {
        Assert.Equal(
            [("hours", SettingsInput.WholeNumber), ("rate", SettingsInput.Number), ("enabled", SettingsInput.Checkbox), ("greeting", SettingsInput.Text),
             ("channel", SettingsInput.Select), ("ownerId", SettingsInput.WholeNumber), ("tags", SettingsInput.Json)],
            Fields.Select(f => (f.Name, f.Input)));
        Assert.Equal("Owner id", Field("ownerId").Label);
        Assert.True(Field("ownerId").Nullable);
        Assert.Equal([("0", "Email"), ("1", "Sms")], Field("channel").Options);
    }

    [Theory]
    [InlineData("hours", "12", "12")]
    [InlineData("hours", "1.5", "1.5")] // sent as typed: the API says it must be a whole number
    [InlineData("hours", "many", "\"many\"")]
    [InlineData("rate", "0.25", "0.25")]
    [InlineData("enabled", null, "false")]
    [InlineData("enabled", "true", "true")]
    [InlineData("channel", "1", "1")]
    [InlineData("ownerId", "", null)] // empty and optional: back to the default
    [InlineData("tags", "[\"a\",\"b\"]", "[\"a\",\"b\"]")]
    public void A_typed_value_goes_to_the_api_as_json(string field, string? typed, string? json)
    {
        Assert.Equal(json, Field(field).Read(typed)?.ToJsonString());
    }

    [Fact]
    public void What_is_shown_reads_back_as_the_same_value()
    {
        var current = JsonNode.Parse("""{"hours":8,"rate":0.5,"enabled":true,"greeting":"Hi","channel":1,"ownerId":null,"tags":["x"]}""")!.AsObject();

        foreach (var field in Fields)
            Assert.True(JsonNode.DeepEquals(current[field.Name], field.Read(field.Show(current[field.Name]))), field.Name);
    }

    [Fact]
    public void An_error_keyed_by_an_item_of_a_list_belongs_to_the_list()
    {
        Assert.True(Field("tags").Owns("tags[0].name"));
        Assert.True(Field("tags").Owns("Tags"));
        Assert.False(Field("tags").Owns("tagsExtra"));
    }

    private static SettingsField Field(string name) => Fields.Single(f => f.Name == name);

    public enum Channel
    {
        Email,
        Sms,
    }

    public sealed class SampleSettings
    {
        public int Hours { get; set; } = 8;
        public decimal Rate { get; set; } = 0.5m;
        public bool Enabled { get; set; } = true;
        public string Greeting { get; set; } = "Hi";
        public Channel Channel { get; set; }
        public long? OwnerId { get; set; }
        public List<string> Tags { get; set; } = [];
    }
}

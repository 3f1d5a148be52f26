using PluginCrm.Sdk.Screens;

namespace PluginCrm.Host.Tests.Plugins;

/// <summary>A form made from a request record has a field per property, named as JSON names it, of the property's kind.</summary>
public sealed class FormFieldsTests
{
    private enum Urgency { Low, VeryHigh }

    private sealed record NewVisit(long CustomerId, string Subject, string? Notes, decimal? Budget, DateTime? AtUtc, bool Confirmed, Urgency Urgency, int? Guests);

    [Fact]
    public void Each_property_becomes_a_field_of_its_kind_required_when_it_cannot_be_null()
    {
        var fields = FormFields.Of<NewVisit>();

        Assert.Equal(
            [
                ("customerId", "Customer id", FieldKind.Number, true), ("subject", "Subject", FieldKind.Text, true),
                ("notes", "Notes", FieldKind.LongText, false), ("budget", "Budget", FieldKind.Money, false),
                ("atUtc", "At utc", FieldKind.DateTime, false), ("confirmed", "Confirmed", FieldKind.Flag, false),
                ("urgency", "Urgency", FieldKind.Choice, true), ("guests", "Guests", FieldKind.Number, false),
            ],
            fields.Select(f => (f.Name, f.Label, f.Kind, f.Required)));
        Assert.Equal([new Choice("low", "Low"), new Choice("veryHigh", "Very high")], fields.Single(f => f.Name == "urgency").Choices);
    }

    [Fact]
    public void A_field_can_be_changed_or_left_out_by_name_and_a_wrong_name_is_an_error()
    {
        var fields = FormFields.Of<NewVisit>().With("subject", f => f with { Label = "What about" }).Without("guests", "budget");

        Assert.Equal("What about", fields.Single(f => f.Name == "subject").Label);
        Assert.DoesNotContain(fields, f => f.Name is "guests" or "budget");
        Assert.Throws<ArgumentException>(() => fields.With("nothing", f => f));
    }
}

namespace PluginCrm.Sdk.Screens;

/// <summary>The kind of a form field or list filter: its input, and how its value is sent.</summary>
public enum FieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    LongText,

    /// <summary>A whole number (an id, a count), sent as a JSON number.</summary>
    Number,

    /// <summary>A decimal amount, sent as a JSON number.</summary>
    Money,

    /// <summary>A date, sent as <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A time, entered in UTC and sent as ISO 8601 with <c>Z</c>.</summary>
    DateTime,

    /// <summary>A check box, sent as true or false.</summary>
    Flag,

    /// <summary>One of the field's choices, sent as its value.</summary>
    Choice,

    /// <summary>Whole numbers separated by commas or spaces (ids), sent as a JSON array.</summary>
    NumberList,

    /// <summary>Not shown, sent as it was read (<see cref="FormField.From"/>): a version for optimistic concurrency.</summary>
    Hidden,

    /// <summary>Any number of the field's choices (check boxes), sent as a JSON array of their values.</summary>
    ChoiceList,

    /// <summary>Lines of text, one entry per line (blank lines dropped), sent as a JSON array of strings.</summary>
    TextList,
}

namespace PluginCrm.Sdk.Screens;

/// <summary>How the console shows a value it reads from JSON.</summary>
public enum ValueFormat
{
    /// <summary>As it is.</summary>
    Text,

    /// <summary>A whole or decimal number, grouped in the user's language.</summary>
    Number,

    /// <summary>A decimal amount with two places.</summary>
    Money,

    /// <summary>A fraction from 0 to 1, shown as a percentage.</summary>
    Percent,

    /// <summary>A date (the date part of a UTC time).</summary>
    Date,

    /// <summary>A UTC time, shown in the user's language and in the browser's time zone, which the screen names once.</summary>
    DateTime,

    /// <summary>true or false, shown as yes or no.</summary>
    YesNo,

    /// <summary>A value's JSON name (<c>inProgress</c>, <c>least-loaded</c>) shown as words ("In progress") and translated.</summary>
    Name,

    /// <summary>
    /// Markdown (CommonMark), shown formatted: a lesson, an article. Raw HTML in it shows as text and only http, https
    /// and mailto links are links, so an author cannot put script into the console.
    /// </summary>
    Markdown,

    /// <summary>An http or https address shown as a link that opens outside the console (a video, a document); other values as text.</summary>
    Link,

    /// <summary>
    /// English the module wrote, shown in the user's language through its translations (<see cref="ScreenSet.Translations"/>):
    /// a string as a whole (as it is when there is no translation), or a <see cref="Day.DayText"/> in its JSON form
    /// (<c>{"format": "no follow-up for {0} days", "values": ["10"]}</c>), the format and each value looked up.
    /// </summary>
    Translated,
}

namespace PluginCrm.CustomerCare.Birthdays;

/// <summary>When a birthday is celebrated: on its day, and a 29 February birthday on 28 February when the year has no 29th.</summary>
public static class Birthday
{
    public static bool IsCelebratedOn(DateOnly birthday, DateOnly day) =>
        (birthday.Month, birthday.Day) == (day.Month, day.Day)
        || (birthday is { Month: 2, Day: 29 } && day is { Month: 2, Day: 28 } && !DateTime.IsLeapYear(day.Year));
}

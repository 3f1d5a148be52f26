using System.Net;
using System.Text.RegularExpressions;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Feedback.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Feedback.Tests.Screens;

/// <summary>
/// Complaints in the web console, declared by the module as data (no front-end code of its own): logging one through a
/// form with the server's validation beside its field, the list with filters, a complaint with its timeline and a form
/// acting on it, the dashboard widgets, and no more than the API shows the user.
/// </summary>
public sealed partial class ComplaintScreenTests : FeedbackTest
{
    private const string NewComplaint = "/m/feedback/new-complaint";

    [Fact]
    public async Task A_rep_logs_a_complaint_in_the_form_sees_the_servers_error_beside_its_field_then_the_complaint()
    {
        var east = await feedback.TeamAsync("east", 1);
        var customer = await feedback.CustomerAsync("East Co", east.Reps[0].Id, east.Id);
        using var browser = ConsoleBrowser.As(east.Reps[0].Client);

        var refused = await browser.SubmitAsync(NewComplaint, NewComplaint, Form(customer.Id, subject: "", priority: "urgent"));
        var logged = await browser.SubmitAsync(NewComplaint, NewComplaint, Form(customer.Id, subject: "Parcel arrived broken", priority: "urgent"));

        Assert.Matches("id=\"field-subject-error\" class=\"field-error\">[^<]*required", refused);
        Assert.Contains("aria-invalid=\"true\"", refused);
        Assert.Contains("value=\"urgent\" selected", refused); // what the rep entered stays
        var complaint = Assert.Single((await (await feedback.Admin.GetAsync(FeedbackHost.Complaints)).As<FeedbackHost.Page<ComplaintRecord>>()).Items);
        Assert.Equal(("Parcel arrived broken", ComplaintPriority.Urgent, east.Reps[0].Id), (complaint.Subject, complaint.Priority, complaint.OwnerId));
        Assert.Contains("<h1>Parcel arrived broken</h1>", logged);
        Assert.Contains("Log complaint ✓", logged);
        Assert.Contains($"href=\"/m/feedback/respond/{complaint.Id}\"", logged);
        Assert.Contains($"<a href=\"/customers/{customer.Id}\">{customer.Id}</a>", logged);
    }

    [Fact]
    public async Task The_list_shows_what_the_api_lists_for_the_user_and_filters_by_priority()
    {
        var (east, west) = (await feedback.TeamAsync("east", 1), await feedback.TeamAsync("west", 1));
        var eastCustomer = await feedback.CustomerAsync("East Co", east.Reps[0].Id, east.Id);
        var westCustomer = await feedback.CustomerAsync("West Co", west.Reps[0].Id, west.Id);
        await feedback.ComplaintAsync(feedback.Admin, new { customerId = eastCustomer.Id, subject = "Late delivery", description = "d", priority = "urgent" });
        await feedback.ComplaintAsync(feedback.Admin, new { customerId = eastCustomer.Id, subject = "Wrong colour", description = "d", priority = "low" });
        var hidden = await feedback.ComplaintAsync(feedback.Admin, new { customerId = westCustomer.Id, subject = "West secret", description = "d" });
        using var browser = ConsoleBrowser.As(east.Reps[0].Client);

        var all = await browser.PageAsync("/m/feedback/complaints");
        var urgent = await browser.PageAsync("/m/feedback/complaints?priority=urgent");
        using var other = await browser.GetAsync($"/m/feedback/complaint/{hidden.Id}");

        Assert.Equal(["Late delivery", "Wrong colour"], Subjects(all).Order());
        Assert.Equal(["Late delivery"], Subjects(urgent));
        Assert.Contains("value=\"urgent\" selected", urgent);
        Assert.DoesNotContain("West secret", all);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task A_response_through_the_complaints_form_moves_it_on_and_shows_in_its_timeline()
    {
        var east = await feedback.TeamAsync("east", 1);
        var customer = await feedback.CustomerAsync("East Co", east.Reps[0].Id, east.Id);
        var complaint = await feedback.ComplaintAsync(east.Reps[0].Client, new { customerId = customer.Id, subject = "Late", description = "d" });
        using var browser = ConsoleBrowser.As(east.Reps[0].Client);
        var respond = $"/m/feedback/respond/{complaint.Id}";

        var shown = await browser.SubmitAsync(respond, respond, new Dictionary<string, string> { ["text"] = "A new parcel leaves today." });

        Assert.Equal(ComplaintStatus.InProgress, (await feedback.ShowAsync(complaint.Id)).Complaint.Status);
        Assert.Contains("<dd>In progress</dd>", shown);
        Assert.Contains("A new parcel leaves today.", shown);
    }

    [Fact]
    public async Task My_day_shows_the_modules_widgets_with_the_users_own_figures_and_none_once_the_module_is_off()
    {
        var east = await feedback.TeamAsync("east", 1);
        var customer = await feedback.CustomerAsync("East Co", east.Reps[0].Id, east.Id);
        foreach (var priority in new[] { "urgent", "urgent", "low" })
            await feedback.ComplaintAsync(feedback.Admin, new { customerId = customer.Id, subject = "s", description = "d", priority });
        using var browser = ConsoleBrowser.As(east.Reps[0].Client);

        var day = await browser.PageAsync("/");
        await (await feedback.Admin.PostAsync("/api/plugins/feedback/disable", null)).As<object>();
        var dayWithout = await browser.PageAsync("/");

        Assert.Matches("<h3 id=\"widget-feedback-open\">Open complaints</h3>\\s*<p class=\"figure\">3</p>", day);
        Assert.Contains("<th scope=\"row\">Urgent</th><td>2</td>", day);
        Assert.Contains("data-chart=", day);
        Assert.DoesNotContain("widget-feedback", dayWithout);
        Assert.DoesNotContain("/m/feedback/complaints", dayWithout);
    }

    private static Dictionary<string, string> Form(long customerId, string subject, string priority) => new()
    {
        ["customerId"] = customerId.ToString(), ["subject"] = subject,
        ["description"] = "The box was crushed.", ["priority"] = priority, ["channel"] = "phone",
    };

    private static List<string> Subjects(string page) => SubjectCell().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<td><a href=\"/m/feedback/complaint/\\d+\">([^<]+)</a></td>")]
    private static partial Regex SubjectCell();
}

using System.Globalization;
using System.Net;
using System.Text;
using PluginCrm.Feedback.Surveys.Definition;

namespace PluginCrm.Feedback.Surveys.Answer;

/// <summary>
/// The page a customer opens from the link: the survey's questions as a plain HTML form (no script, readable on a phone,
/// every input labelled), posted back to the same address; a refused answer comes back with each error beside its
/// question and what was typed kept. The page's own words are in Chinese and English, like the demo's surveys. A question
/// asked only after certain answers is hidden by the page's style until one of them is picked (CSS <c>:has()</c>, no
/// script; a browser without it shows the question with its hint).
/// </summary>
public static class AnswerPage
{
    public static string Form(string title, IReadOnlyList<SurveyPage> pages, IReadOnlyDictionary<string, string[]> typed, IReadOnlyDictionary<string, string[]> errors)
    {
        var html = new StringBuilder();
        var questions = pages.SelectMany(p => p.Questions ?? []).ToList();
        Head(html, title, string.Concat(questions.Where(q => q.ShowIf is not null).Select(HiddenUntilAsked)));
        if (errors.Count > 0)
            html.Append("<p role=\"alert\" class=\"error\">请检查标出的问题 · Please check the questions marked below.</p>");
        html.Append("<form method=\"post\">");
        foreach (var page in pages)
        {
            html.Append("<fieldset>");
            if (page.Title is { } pageTitle)
                html.Append("<legend>").Append(E(pageTitle)).Append("</legend>");
            foreach (var question in page.Questions ?? [])
                Question(html, question, questions, typed.GetValueOrDefault(question.Key!) ?? [], errors.GetValueOrDefault($"answers.{question.Key}"));
            html.Append("</fieldset>");
        }
        html.Append("<button type=\"submit\">提交 · Send</button></form></main></body></html>");
        return html.ToString();
    }

    public static string Message(string title, string text)
    {
        var html = new StringBuilder();
        Head(html, title, "");
        html.Append("<p role=\"status\">").Append(E(text)).Append("</p></main></body></html>");
        return html.ToString();
    }

    // form:not(:has(input[name="nps"][value="0"]:checked, ...)) #q-why-question {display:none}
    private static string HiddenUntilAsked(SurveyQuestion q) =>
        $"form:not(:has({string.Join(",", q.ShowIf!.In!.Select(v => $"input[name=\"{q.ShowIf.Question}\"][value=\"{CssString(v)}\"]:checked"))})) #q-{q.Key}-question{{display:none}}";

    // A choice's text inside a CSS string, in a style element (raw text: no HTML entities, and never "</style").
    private static string CssString(string value) => string.Concat(value.Select(c => c switch
    {
        '"' or '\\' => $"\\{c}",
        '<' or '\n' or '\r' => $"\\{(int)c:x} ",
        _ => c.ToString(),
    }));

    private static void Question(StringBuilder html, SurveyQuestion q, IReadOnlyList<SurveyQuestion> questions, string[] typed, string[]? error)
    {
        var id = $"q-{q.Key}";
        var invalid = error is null ? "" : $" aria-invalid=\"true\" aria-describedby=\"{id}-error\"";
        var required = q.Required ? " <span aria-hidden=\"true\">*</span>" : "";
        var conditional = "";
        if (q.ShowIf is { } c)
        {
            // Named by the earlier question's words, not its key: the customer never sees keys.
            var earlier = E(questions.FirstOrDefault(e => e.Key == c.Question)?.Text ?? c.Question!);
            var answers = E(string.Join(", ", c.In!));
            conditional = $"<p class=\"hint\">（仅当「{earlier}」选 {answers} 时回答 · only if “{earlier}” is {answers}）</p>";
        }
        if (QuestionTypes.Scale(q) is { } scale || q.Type is QuestionTypes.Single or QuestionTypes.Multiple)
        {
            var values = QuestionTypes.Scale(q) is { } s ? Enumerable.Range(s.Low, s.High - s.Low + 1).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList() : q.Choices!.ToList();
            var kind = q.Type == QuestionTypes.Multiple ? "checkbox" : "radio";
            html.Append($"<fieldset class=\"question\" id=\"{id}-question\"{invalid}><legend>{E(q.Text!)}{required}</legend>{conditional}<div class=\"scale\">");
            foreach (var value in values)
                html.Append($"<label><input type=\"{kind}\" name=\"{E(q.Key!)}\" value=\"{E(value)}\"{(typed.Contains(value) ? " checked" : "")} /> {E(value)}</label>");
            html.Append("</div>");
        }
        else
        {
            var limit = q.MaxLength ?? QuestionTypes.DefaultTextLength;
            html.Append($"<fieldset class=\"question\" id=\"{id}-question\"><legend><label for=\"{id}\">{E(q.Text!)}{required}</label></legend>{conditional}");
            html.Append($"<textarea id=\"{id}\" name=\"{E(q.Key!)}\" rows=\"4\" maxlength=\"{limit}\"{invalid}>{E(typed.FirstOrDefault() ?? "")}</textarea>");
        }
        if (error is not null)
            html.Append($"<p id=\"{id}-error\" class=\"error\">{E(string.Join(" ", error.Select(AnswerErrors.Bilingual)))}</p>");
        html.Append("</fieldset>");
    }

    private static void Head(StringBuilder html, string title, string css) => html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\" />")
        .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" /><title>").Append(E(title)).Append("</title>")
        .Append("<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:auto;padding:1rem;line-height:1.5}")
        .Append("fieldset{border:1px solid #ccc;margin:0 0 1rem;padding:.75rem}.scale{display:flex;flex-wrap:wrap;gap:.5rem}")
        .Append("label{white-space:nowrap}textarea{width:100%}.error{color:#a00}.hint{color:#555;font-size:.9em}")
        .Append("button{font-size:1rem;padding:.5rem 1.5rem}").Append(css).Append("</style></head><body><main><h1>").Append(E(title)).Append("</h1>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

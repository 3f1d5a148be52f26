using PluginCrm.Training.Courses.Definition;

namespace PluginCrm.Training.Demo;

/// <summary>The demo's courses: two for customers (the second requires the first) and one for staff, each with a quiz.</summary>
public static class DemoCourses
{
    public static readonly CourseDefinition GettingStarted = new("getting-started", "快速上手 · Getting started with your Pulse", "customers",
    [
        new LessonDefinition("unbox", "开箱 · Unboxing", LessonKinds.Text, "## 开箱 · Unboxing\n\n1. 取出设备和充电底座。 Take out the device and its dock.\n2. 充电两小时。 **Charge it for two hours** before first use.", Minutes: 5),
        new LessonDefinition("tour", "功能导览 · A tour", LessonKinds.Video, "三分钟看懂所有按键。 Every button in three minutes.", Url: "https://video.example.com/pulse/tour", Minutes: 3),
        new LessonDefinition("check", "小测验 · Check what you learned", LessonKinds.Quiz, Quiz: new QuizDefinition(
        [
            new QuizQuestion("light", QuestionTypes.Single, "哪个指示灯表示电量低？ Which light means the battery is low?", ["绿 green", "红 red", "蓝 blue"], ["红 red"], Explanation: "电量低于 10% 时亮红灯。 Red below 10%."),
            new QuizQuestion("charge", QuestionTypes.Multiple, "可以用哪些方式充电？ How can it be charged?", ["USB-C", "底座 dock", "太阳能 solar"], ["USB-C", "底座 dock"]),
            new QuizQuestion("water", QuestionTypes.TrueFalse, "设备可以泡水。 The device may go under water.", Correct: ["false"], Explanation: "只防溅。 Splash-proof only."),
        ], PassMark: 60, Attempts: 3), Minutes: 5),
    ], "第一周用好设备。 Make the most of your Pulse in its first week.");

    public static readonly CourseDefinition Advanced = new("advanced-use", "进阶使用 · Advanced use", "customers",
    [
        new LessonDefinition("sync", "同步数据 · Syncing your data", LessonKinds.Text, "在手机应用里打开 **同步**。 Turn on **Sync** in the phone app.", Minutes: 5),
        new LessonDefinition("manual", "用户手册 · The manual", LessonKinds.Document, Document: "https://docs.example.com/pulse/manual.pdf", Minutes: 20),
    ], "数据、设置与维护。 Data, settings and care.", ["getting-started"]);

    public static readonly CourseDefinition Complaints = new("handling-complaints", "投诉处理 · Handling a complaint", "staff",
    [
        new LessonDefinition("listen", "倾听 · Listen first", LessonKinds.Text, "先复述客户的问题，再给出方案。 Repeat the customer's problem in your words before offering a fix.", Minutes: 10),
        new LessonDefinition("check", "小测验 · Check", LessonKinds.Quiz, Quiz: new QuizDefinition(
        [
            new QuizQuestion("first", QuestionTypes.Single, "客户投诉时第一步做什么？ What comes first when a customer complains?", ["给出方案 offer a fix", "复述问题 repeat the problem"], ["复述问题 repeat the problem"]),
            new QuizQuestion("deadline", QuestionTypes.Short, "紧急投诉几小时内必须回复？ Within how many hours must an urgent complaint be answered?", Accepted: ["2", "two", "两"]),
        ], PassMark: 100, Attempts: 0), Minutes: 5),
    ], "员工培训：在期限内处理投诉。 For staff: complaints handled to their deadline.");
}

namespace PluginCrm.Training.Screens;

/// <summary>The training screens' labels in Chinese (zh-CN).</summary>
public static class TrainingScreenTexts
{
    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
    {
        ["Courses"] = "课程", ["My training"] = "我的培训", ["Learners"] = "学员", ["Title"] = "标题", ["For"] = "对象", ["Status"] = "状态",
        ["Version"] = "版本", ["Lessons"] = "课时", ["Enrolled"] = "已报名", ["Completed"] = "已完成", ["Course"] = "课程", ["Done (%)"] = "完成（%）",
        ["Customer"] = "客户", ["Staff member"] = "员工", ["Enrolled as"] = "报名方式", ["Course key"] = "课程键", ["Completed only"] = "仅已完成",
        ["Training completion"] = "培训完成率", ["Training completion by course"] = "各课程培训完成率", ["Training completion by team"] = "各团队培训完成率",
        ["Churn of trained and untrained customers"] = "受训与未受训客户流失率", ["Completion"] = "完成率", ["Median days"] = "中位天数",
        ["Customers"] = "客户", ["Staff"] = "员工", ["At start"] = "期初", ["Lost"] = "流失", ["Churn"] = "流失率", ["Team"] = "团队",
        ["Key"] = "键", ["Summary"] = "简介", ["Version learners get"] = "学员所学版本", ["Lessons (draft)"] = "课时（草稿）", ["Kind"] = "类型",
        ["Minutes"] = "分钟", ["Versions"] = "版本", ["Published on"] = "发布时间", ["Draft"] = "草稿", ["Published"] = "已发布", ["Retired"] = "已停用", ["Publish the draft"] = "发布草稿", ["Retire"] = "停用",
        ["Lesson"] = "课时", ["Done"] = "完成", ["When"] = "时间", ["Certificate"] = "证书", ["Check it at"] = "验证地址", ["Learn"] = "学习",
        ["Video"] = "视频", ["Document"] = "文档", ["Attempts left"] = "剩余次数", ["Done, next lesson"] = "完成，下一课", ["Quiz"] = "测验",
        ["New course"] = "新建课程", ["Add a lesson"] = "添加课时", ["Add a quiz question"] = "添加测验题", ["Enrol learners"] = "报名学员",
        ["Enrol"] = "报名", ["Submit answers"] = "提交答案", ["Question"] = "题目", ["Right"] = "正确", ["Points"] = "得分", ["Why"] = "解析",
        ["Text"] = "文本", ["Single choice"] = "单选", ["Multiple choice"] = "多选", ["True or false"] = "判断", ["Short answer"] = "简答",
        ["Create the draft"] = "创建草稿", ["Add lesson"] = "添加课时", ["Add question"] = "添加题目",
        ["Events"] = "活动", ["Launch"] = "发布会", ["Seminar"] = "研讨会", ["User meetup"] = "用户见面会", ["Webinar"] = "网络研讨会",
        ["Starts"] = "开始", ["Ends"] = "结束", ["Place"] = "地点", ["Seats"] = "名额", ["Registered"] = "已登记", ["Waiting"] = "候补",
        ["Online"] = "线上", ["About"] = "介绍", ["Seats left"] = "剩余名额", ["Attended"] = "出席", ["Called off because"] = "取消原因",
        ["Schedule an event"] = "安排活动", ["Schedule"] = "安排", ["Register a learner"] = "登记学员", ["Register"] = "登记",
        ["Call the event off"] = "取消活动", ["Call off"] = "取消", ["No events coming."] = "暂无活动。",
    };
}

namespace PluginCrm.Feedback.Screens;

/// <summary>The complaint screens' labels in Chinese.</summary>
public static class FeedbackScreenTexts
{
    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
    {
        ["Complaints"] = "客户投诉", ["Subject"] = "主题", ["Customer"] = "客户", ["Priority"] = "优先级", ["Status"] = "状态",
        ["Received"] = "收到时间", ["Resolve by"] = "解决期限", ["Respond by"] = "响应期限", ["Subject contains"] = "主题包含",
        ["Open"] = "待处理", ["In progress"] = "处理中", ["Resolved"] = "已解决", ["Closed"] = "已关闭",
        ["Low"] = "低", ["Normal"] = "普通", ["High"] = "高", ["Urgent"] = "紧急", ["Overdue only"] = "仅看逾期",
        ["Newest first"] = "最新在前", ["Oldest first"] = "最早在前", ["No complaints match."] = "没有符合条件的投诉。",
        ["Log a complaint"] = "登记投诉", ["Log complaint"] = "登记", ["Customer id"] = "客户编号", ["Description"] = "描述",
        ["Category"] = "类别", ["Channel"] = "渠道", ["Received (UTC)"] = "收到时间（UTC）", ["Empty for now."] = "留空表示现在。",
        ["Owner id"] = "负责人编号", ["Empty to assign by the module's rules."] = "留空则按模块规则分配。",
        ["Respond to the customer"] = "答复客户", ["What the customer was told"] = "告诉客户的内容", ["Respond"] = "答复",
        ["Resolve"] = "解决", ["What was done"] = "处理结果", ["Add a note"] = "添加备注", ["Note"] = "备注", ["Add note"] = "添加",
        ["Reopen"] = "重新打开", ["Why"] = "原因", ["Resolution"] = "处理结果", ["Timeline"] = "处理记录", ["When"] = "时间",
        ["Who"] = "处理人", ["What"] = "事项", ["Text"] = "内容", ["Close"] = "关闭", ["Close this complaint?"] = "关闭这条投诉？",
        ["Open complaints"] = "未结投诉", ["Open complaints by age"] = "未结投诉账龄", ["Open complaints by priority"] = "未结投诉优先级",
        ["Phone"] = "电话", ["E-mail"] = "邮件", ["Web"] = "网站", ["Chat"] = "在线聊天", ["Visit"] = "上门", ["Social media"] = "社交媒体", ["Other"] = "其他",
        ["Under one day"] = "不到一天", ["One to three days"] = "一到三天", ["Three to seven days"] = "三到七天", ["Over seven days"] = "超过七天",
        ["Overdue for resolution"] = "逾期未解决",
        // The owner's day (MyOpenComplaintsSection).
        ["My open complaints"] = "我的未结投诉", ["{0}, to answer by the deadline"] = "{0}优先级，需在期限前答复",
        ["{0}, to resolve by the deadline"] = "{0}优先级，需在期限前解决",
        ["low"] = "低", ["normal"] = "普通", ["high"] = "高", ["urgent"] = "紧急",
        ["Surveys"] = "满意度调查", ["Feedback"] = "客户反馈", ["Suggestions, reviews and comments"] = "建议、评价与意见", ["Kind"] = "类型",
        ["Rating"] = "评分", ["Sentiment"] = "情感", ["Suggestion"] = "建议", ["Review"] = "评价", ["Comment"] = "意见",
        ["Negative"] = "负面", ["Neutral"] = "中性", ["Positive"] = "正面", ["No feedback matches."] = "没有符合条件的反馈。", ["Title"] = "标题", ["Key"] = "代码", ["Version"] = "版本", ["Invitations"] = "邀请数", ["Answers"] = "回答数",
        ["Draft"] = "草稿", ["Published"] = "已发布", ["No surveys yet: an admin adds one through the API or 'crm surveys add FILE'."] = "还没有调查：管理员可通过 API 或 'crm surveys add FILE' 添加。",
        ["NPS"] = "净推荐值（NPS）", ["CSAT"] = "满意度（CSAT）", ["NPS trend"] = "净推荐值趋势", ["CSAT trend"] = "满意度趋势",
        ["Survey quiet days"] = "调查免打扰天数", ["Survey link days"] = "调查链接有效天数",
        ["Detractor task up to"] = "NPS 不高于此分建回访任务", ["Dissatisfied alert up to"] = "CSAT 不高于此分通知经理",
        ["Follow up within days"] = "几天内的回答才跟进", ["Survey link base"] = "调查链接地址前缀", ["Survey invitation template"] = "调查邀请邮件模板",
        ["Survey reminder days"] = "几天未答发提醒", ["After complaint survey"] = "投诉关闭后发送的调查", ["After order survey"] = "下单后发送的调查",
        // The settings form's labels (the admin's screen words each setting's name).
        ["Categories"] = "类别", ["Urgent respond hours"] = "紧急：响应时限（小时）", ["Urgent resolve hours"] = "紧急：解决时限（小时）",
        ["High respond hours"] = "高：响应时限（小时）", ["High resolve hours"] = "高：解决时限（小时）",
        ["Normal respond hours"] = "普通：响应时限（小时）", ["Normal resolve hours"] = "普通：解决时限（小时）",
        ["Low respond hours"] = "低：响应时限（小时）", ["Low resolve hours"] = "低：解决时限（小时）",
        ["Overdue template"] = "逾期提醒模板", ["Assigned template"] = "分派通知模板",
    };
}

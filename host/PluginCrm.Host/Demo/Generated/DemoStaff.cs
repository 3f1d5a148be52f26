using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Demo.Generated;

/// <summary>
/// The people of the demo company, fixed so the README can name them: an admin and four teams, two Chinese and two
/// English, each with a manager and its reps. Everyone signs in with <see cref="Password"/>.
/// </summary>
public static class DemoStaff
{
    public const string Password = "demo-password";
    public const string Admin = "admin@demo.example";
    public const string Manager = "wang.fang@demo.example";
    public const string Rep = "li.wei@demo.example";
    public const string EnglishManager = "emma.clarke@demo.example";
    public const string EnglishRep = "oliver.bennett@demo.example";

    public sealed record Person(string Name, string Email, CrmRole Role);

    public sealed record TeamPlan(string Name, string Region, string Language, Person Manager, IReadOnlyList<Person> Reps);

    public static readonly IReadOnlyList<TeamPlan> Teams =
    [
        Team("华东销售部", "east", "zh", ("王芳", "wang.fang"), ("李伟", "li.wei"), ("张敏", "zhang.min"), ("刘洋", "liu.yang"), ("陈静", "chen.jing"), ("杨磊", "yang.lei")),
        Team("华南销售部", "south", "zh", ("黄丽", "huang.li"), ("赵强", "zhao.qiang"), ("吴娜", "wu.na"), ("周杰", "zhou.jie"), ("徐婷", "xu.ting")),
        Team("UK & Europe", "europe", "en", ("Emma Clarke", "emma.clarke"), ("Oliver Bennett", "oliver.bennett"), ("Sophie Turner", "sophie.turner"), ("Harry Walsh", "harry.walsh"), ("Amelia Hughes", "amelia.hughes"), ("Jack Morgan", "jack.morgan"), ("Grace Patel", "grace.patel")),
        Team("North America", "north-america", "en", ("Michael Reed", "michael.reed"), ("Sarah Collins", "sarah.collins"), ("David Parker", "david.parker"), ("Jessica Lee", "jessica.lee"), ("Ryan Brooks", "ryan.brooks")),
    ];

    private static TeamPlan Team(string name, string region, string language, (string Name, string Login) manager, params (string Name, string Login)[] reps) =>
        new(name, region, language, new Person(manager.Name, $"{manager.Login}@demo.example", CrmRole.Manager),
            reps.Select(r => new Person(r.Name, $"{r.Login}@demo.example", CrmRole.Rep)).ToList());
}

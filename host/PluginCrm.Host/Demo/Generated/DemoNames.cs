namespace PluginCrm.Host.Demo.Generated;

/// <summary>The words the demo company is made of: people's names in Chinese and English, companies, products, sources.</summary>
public static class DemoNames
{
    public static readonly string[] ChineseSurnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐"];
    public static readonly string[] ChineseGivenNames = ["芳", "伟", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "晓明", "婷", "雪", "浩", "宇", "欣怡", "佳豪", "子涵", "雨桐", "志强", "海燕", "国庆"];
    public static readonly string[] EnglishFirstNames = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Emma", "Oliver", "Amelia", "Harry", "Olivia", "George", "Isla", "Jack", "Sophie", "Noah", "Grace", "Daniel", "Chloe", "Samuel", "Lucy"];
    public static readonly string[] EnglishSurnames = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Clark", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Evans", "Hughes", "Wood", "Turner", "Hill", "Cooper", "Ward", "Morris", "Price", "Bell"];

    public static readonly string[] ChineseCities = ["上海", "北京", "杭州", "苏州", "南京", "深圳", "广州", "成都", "武汉", "厦门"];
    public static readonly string[] ChineseFirmWords = ["华信", "明达", "远航", "天成", "瑞丰", "鼎盛", "汇通", "新锐", "恒泰", "金桥", "宏图", "联创", "嘉禾", "东方", "银河"];
    public static readonly string[] ChineseFirmKinds = ["科技有限公司", "贸易有限公司", "制造有限公司", "电子有限公司", "物流有限公司", "餐饮管理有限公司"];
    public static readonly string[] EnglishFirmWords = ["Acme", "Northwind", "Blue Harbor", "Redwood", "Summit", "Granite", "Silverline", "Oakridge", "Brightwater", "Ironbridge", "Maple", "Kingsway", "Riverside", "Highland", "Lakeshore"];
    public static readonly string[] EnglishPlaces = ["London", "Leeds", "Bristol", "Dublin", "Boston", "Denver", "Austin", "Seattle", "Toronto", "Chicago"];
    public static readonly string[] EnglishFirmKinds = ["Ltd", "Inc.", "Trading Co.", "Systems", "Foods", "Logistics"];
    public static readonly string[] Industries = ["retail", "manufacturing", "technology", "logistics", "hospitality", "healthcare", "education", "finance"];

    public static readonly string[] ChineseSources = ["web", "referral", "wechat", "trade-show", "phone"];
    public static readonly string[] EnglishSources = ["web", "referral", "linkedin", "trade-show", "phone"];

    /// <summary>Code, name, series and list price (CNY) of what the demo company sells.</summary>
    public static readonly (string Code, string Name, string Series, decimal Price)[] Products =
    [
        ("DESK-01", "Standing desk 升降桌", "office", 2899.00m),
        ("CHAIR-01", "Ergonomic chair 人体工学椅", "office", 1899.00m),
        ("LAMP-01", "LED desk lamp 护眼台灯", "office", 299.00m),
        ("SHELF-01", "Bookshelf 书架", "office", 799.00m),
        ("LAP-14", "Laptop 14\" 笔记本电脑", "it", 6499.00m),
        ("MON-27", "Monitor 27\" 显示器", "it", 1799.00m),
        ("DOCK-01", "USB-C dock 扩展坞", "it", 549.50m),
        ("HEAD-01", "Headset 耳机", "it", 399.00m),
        ("PRN-01", "Laser printer 激光打印机", "it", 1299.00m),
        ("PAPER-A4", "A4 paper, box of 5 A4纸", "supplies", 119.90m),
        ("INK-01", "Toner cartridge 硒鼓", "supplies", 329.00m),
        ("PEN-12", "Gel pens, 12 中性笔", "supplies", 25.80m),
        ("NOTE-10", "Notebooks, 10 笔记本", "supplies", 59.00m),
        ("COF-01", "Coffee beans 1 kg 咖啡豆", "pantry", 168.00m),
        ("TEA-01", "Longjing tea 250 g 龙井茶", "pantry", 238.00m),
        ("SVC-SETUP", "Office setup service 办公室布置服务", "service", 4800.00m),
    ];
}

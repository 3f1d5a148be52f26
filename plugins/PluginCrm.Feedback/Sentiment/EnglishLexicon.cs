namespace PluginCrm.Feedback.Sentiment;

/// <summary>
/// English terms of customer feedback with their weights (-3 to +3), written for this module (not taken from a published
/// lexicon). Keys are lower case; a key of several words ("on time", "hung up") is matched before its first word. To
/// extend, add a line; a key may appear in one list only (checked when the lexicon is built).
/// </summary>
public static class EnglishLexicon
{
    public static IReadOnlyDictionary<string, int> Terms { get; } = new Dictionary<string, int>
    {
        // Satisfaction and praise
        ["good"] = 2, ["great"] = 3, ["excellent"] = 3, ["amazing"] = 3, ["awesome"] = 3, ["fantastic"] = 3, ["perfect"] = 3,
        ["outstanding"] = 3, ["superb"] = 3, ["wonderful"] = 3, ["brilliant"] = 3, ["best"] = 3, ["better"] = 1, ["nice"] = 2,
        ["fine"] = 1, ["happy"] = 2, ["glad"] = 2, ["pleased"] = 2, ["satisfied"] = 2, ["delighted"] = 3, ["love"] = 3,
        ["loved"] = 3, ["enjoy"] = 2, ["enjoyed"] = 2, ["impressed"] = 2, ["impressive"] = 2, ["pleasant"] = 2, ["wow"] = 2,
        ["kudos"] = 3, ["five stars"] = 3, ["well done"] = 3, ["exceeded"] = 2, ["above and beyond"] = 3, ["recommend"] = 2,
        ["recommended"] = 2, ["positive"] = 1, ["welcome"] = 1,
        // Thanks
        ["thank"] = 1, ["thanks"] = 1, ["thankful"] = 2, ["grateful"] = 2, ["appreciate"] = 2, ["appreciated"] = 2,
        // Service and staff
        ["helpful"] = 2, ["help"] = 1, ["friendly"] = 2, ["polite"] = 2, ["courteous"] = 2, ["kind"] = 2, ["patient"] = 2,
        ["patience"] = 2, ["professional"] = 2, ["knowledgeable"] = 2, ["competent"] = 2, ["attentive"] = 2,
        ["responsive"] = 2, ["caring"] = 2, ["thorough"] = 2, ["careful"] = 1, ["carefully"] = 1, ["listened"] = 1,
        ["reliable"] = 2, ["trustworthy"] = 2,
        // Speed and punctuality
        ["quick"] = 2, ["quickly"] = 1, ["fast"] = 2, ["prompt"] = 2, ["promptly"] = 2, ["speedy"] = 2, ["timely"] = 2,
        ["on time"] = 2, ["early"] = 1, ["efficient"] = 2, ["smooth"] = 2, ["smoothly"] = 2,
        // Problem solved
        ["solved"] = 2, ["resolved"] = 2, ["fixed"] = 2, ["sorted"] = 1, ["works"] = 1, ["working"] = 1, ["works well"] = 2,
        ["as expected"] = 1, ["as promised"] = 1, ["like new"] = 2,
        // Product and price
        ["easy"] = 2, ["simple"] = 1, ["intuitive"] = 2, ["clear"] = 1, ["clearly"] = 1, ["useful"] = 2, ["valuable"] = 2,
        ["convenient"] = 2, ["comfortable"] = 2, ["sturdy"] = 2, ["durable"] = 2, ["solid"] = 1, ["beautiful"] = 2,
        ["intact"] = 1, ["accurate"] = 1, ["flexible"] = 1, ["well packed"] = 2, ["well organised"] = 2,
        ["well organized"] = 2, ["worth"] = 2, ["fair"] = 1, ["affordable"] = 2, ["reasonable"] = 1,

        // Disappointment and anger
        ["bad"] = -2, ["terrible"] = -3, ["awful"] = -3, ["horrible"] = -3, ["worst"] = -3, ["poor"] = -2, ["poorly"] = -2,
        ["disappointed"] = -2, ["disappointing"] = -2, ["disappointment"] = -2, ["unhappy"] = -2, ["dissatisfied"] = -2,
        ["unsatisfied"] = -2, ["frustrated"] = -2, ["frustrating"] = -2, ["annoyed"] = -2, ["annoying"] = -2,
        ["angry"] = -3, ["furious"] = -3, ["upset"] = -2, ["unacceptable"] = -3, ["ridiculous"] = -2, ["regret"] = -2,
        ["worried"] = -1, ["worry"] = -1, ["concerned"] = -1, ["unfortunately"] = -1, ["sadly"] = -1, ["shame"] = -2,
        ["complaint"] = -2, ["complain"] = -1, ["complained"] = -2, ["nightmare"] = -3, ["hassle"] = -2, ["mess"] = -2,
        // Bad service
        ["useless"] = -3, ["unhelpful"] = -2, ["rude"] = -3, ["impolite"] = -2, ["unprofessional"] = -2,
        ["incompetent"] = -3, ["careless"] = -2, ["ignored"] = -2, ["hung up"] = -3, ["no answer"] = -2,
        ["no response"] = -2, ["no reply"] = -2, ["scam"] = -3, ["fraud"] = -3, ["cheated"] = -3, ["lied"] = -3,
        ["misleading"] = -2, ["spam"] = -2, ["unreliable"] = -2,
        // Slow and late
        ["slow"] = -1, ["slower"] = -1, ["slowly"] = -1, ["late"] = -1, ["delay"] = -2, ["delayed"] = -2, ["delays"] = -2,
        ["overdue"] = -2, ["waiting"] = -1, ["waited"] = -1, ["still waiting"] = -2, ["on hold"] = -1, ["forever"] = -1,
        ["took forever"] = -2, ["too long"] = -1, ["never arrived"] = -2, ["never received"] = -2, ["not received"] = -2,
        ["not arrived"] = -2, ["waste"] = -2, ["wasted"] = -2, ["waste of time"] = -3,
        // Damaged, wrong, missing
        ["broken"] = -2, ["broke"] = -2, ["damaged"] = -2, ["damage"] = -2, ["cracked"] = -2, ["scratched"] = -2,
        ["dented"] = -2, ["defective"] = -3, ["faulty"] = -2, ["leak"] = -2, ["leaking"] = -2, ["wet"] = -1, ["dirty"] = -2,
        ["missing"] = -2, ["wrong"] = -2, ["incorrect"] = -2, ["lost"] = -2, ["stolen"] = -3,
        // Software and devices
        ["error"] = -1, ["errors"] = -1, ["bug"] = -1, ["bugs"] = -1, ["crash"] = -2, ["crashes"] = -2, ["crashing"] = -2,
        ["crashed"] = -2, ["freezes"] = -2, ["frozen"] = -2, ["stuck"] = -1, ["fail"] = -2, ["failed"] = -2, ["fails"] = -2,
        ["failure"] = -2, ["stopped working"] = -3, ["not working"] = -2, ["doesn't work"] = -2, ["does not work"] = -2,
        ["didn't work"] = -2, ["don't work"] = -2, ["problem"] = -1, ["problems"] = -1, ["issue"] = -1, ["issues"] = -1,
        ["confusing"] = -2, ["confused"] = -1, ["complicated"] = -1, ["difficult"] = -1, ["hard to use"] = -2,
        ["unstable"] = -2, ["outdated"] = -1,
        // Money
        ["expensive"] = -1, ["overpriced"] = -2, ["pricey"] = -1, ["overcharged"] = -3, ["double charged"] = -3,
        ["refund"] = -1, ["refunds"] = -1, ["cancel"] = -1, ["cancelled"] = -1, ["canceled"] = -1,
    };

    /// <summary>Besides these, any word ending in n't (didn't, can't, won't) negates.</summary>
    public static IReadOnlyList<string> Negators { get; } =
    [
        "not", "no", "never", "cannot", "hardly", "barely", "scarcely", "without", "nobody", "no one", "none", "nothing",
        "neither", "nor", "lack", "lacking",
    ];

    /// <summary>Multipliers: above 1 strengthens (very satisfied), below 1 softens (a bit late).</summary>
    public static IReadOnlyDictionary<string, decimal> Intensifiers { get; } = new Dictionary<string, decimal>
    {
        ["very"] = 1.5m, ["really"] = 1.5m, ["extremely"] = 2m, ["so"] = 1.5m, ["too"] = 1.5m, ["super"] = 1.5m,
        ["highly"] = 1.5m, ["totally"] = 1.5m, ["completely"] = 1.5m, ["absolutely"] = 2m, ["incredibly"] = 2m,
        ["truly"] = 1.5m, ["most"] = 1.5m, ["quite"] = 1.2m, ["definitely"] = 1.5m, ["a bit"] = 0.5m, ["a little"] = 0.5m,
        ["slightly"] = 0.5m, ["somewhat"] = 0.7m,
    };

    public static IReadOnlyList<string> Contrasts { get; } = ["but", "however"];

    public static IReadOnlyList<string> Concessions { get; } = ["although", "though", "even though"];

    /// <summary>Phrases that contain a term or a negator but are neither.</summary>
    public static IReadOnlyList<string> Ignored { get; } =
    [
        "no worries", "not only", "no matter", "no later than", "can you help", "please help", "thank you in advance",
        "fine print", "so that", "so far",
    ];
}

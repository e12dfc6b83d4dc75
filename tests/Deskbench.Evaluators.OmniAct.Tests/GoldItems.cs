using Deskbench.Evaluators.OmniAct;

namespace Deskbench.Evaluators.OmniAct.Tests;

/// <summary>Builds gold items the way a task file reads, around one 100×40 box centred on (150, 120).</summary>
internal static class GoldItems
{
    public static readonly OmniActBox Box100x40 = new("button", 100, 100, 200, 140);

    public static OmniActGoldItem Item(string id, params string[] script) => ItemIn(id, "app", "desktop", script);

    public static OmniActGoldItem ItemIn(string id, string app, string platform, params string[] script) =>
        new(id, app, platform, "Task: do it\nOutput Script:\n" + string.Join("\n", script), [Box100x40]);

    public static OmniActScoreReport Score(OmniActScoringMode mode, OmniActGoldItem gold, string prediction) =>
        OmniActScorer.Score([gold], [prediction], mode);
}

using System.Text.Json.Nodes;
using Deskbench.Evaluators.Getters;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Getters;

public sealed class TimeDiffRangeGetterTests : IDisposable
{
    private readonly EvaluatorTestBed bed = new();

    [Fact]
    public async Task Returns_diff_range_in_minutes_or_None()
    {
        var getter = new TimeDiffRangeGetter();
        var found = await getter.GetAsync(bed.GetterContext(), JsonNode.Parse("""{"type": "time_diff_range", "diff_range_in_minutes": 5}""")!.AsObject(), TestContext.Current.CancellationToken);
        Assert.Equal(5, found!.GetValue<int>());
        Assert.Null(await getter.GetAsync(bed.GetterContext(), JsonNode.Parse("""{"type": "time_diff_range"}""")!.AsObject(), TestContext.Current.CancellationToken));
        Assert.Contains("time_diff_range", GetterRegistry.CreateDefault().Names);
    }

    public void Dispose() => bed.Dispose();
}

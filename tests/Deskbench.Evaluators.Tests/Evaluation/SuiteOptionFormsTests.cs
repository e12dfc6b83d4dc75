using System.Text.Json.Nodes;
using Deskbench.Core.Tasks;
using Deskbench.Evaluators.Python;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Evaluation;

/// <summary>
/// Every use of a built-in metric in the real OSWorld/WAA task files: its rules and options are accepted (no
/// unexpected-keyword or unsupported-form error) when the metric is called, here with a None result.
/// </summary>
public sealed class SuiteOptionFormsTests : IDisposable
{
    private readonly TempDirectory files = new();

    [Fact]
    public async Task Every_task_use_of_a_built_in_metric_accepts_its_rules_and_options()
    {
        var registry = MetricRegistry.CreateDefault();
        var goldFile = files.Write("gold.txt", "gold\n");
        var checkedUses = 0;
        var failures = new List<string>();
        foreach (var path in SuiteFiles.AllTaskFiles())
        {
            if (JsonNode.Parse(File.ReadAllText(path)) is not JsonObject raw || !raw.ContainsKey("evaluator"))
            {
                continue;
            }

            var spec = TaskSpecs.FromFile(path).Evaluator;
            if (spec.IsInfeasible)
            {
                continue;
            }

            for (var i = 0; i < spec.Funcs.Count; i++)
            {
                if (!registry.TryGet(spec.Funcs[i], out var metric))
                {
                    continue;
                }

                var expectedSpec = i < spec.Expected.Count ? spec.Expected[i] : null;
                JsonNode? expected = expectedSpec?.Type == "rule" ? expectedSpec.Spec["rules"]?.DeepClone() : JsonValue.Create(goldFile);
                var options = i < spec.Options.Count ? spec.Options[i] ?? [] : [];
                var call = new MetricCall(null, expected, expectedSpec is not null, options);
                checkedUses++;
                try
                {
                    var score = await metric.EvaluateAsync(call, TestContext.Current.CancellationToken);
                    if (score != 0.0)
                    {
                        failures.Add($"{path}: {metric.Name} scored {score} for a None result");
                    }
                }
                catch (PythonErrorException)
                {
                    // A metric without a None guard (is_in_list) raises as in OSWorld; its arguments were accepted.
                }
                catch (Exception ex) when (ex is MetricArgumentException or NotSupportedException or UnsupportedFeatureException)
                {
                    failures.Add($"{path}: {metric.Name}: {ex.Message}");
                }
            }
        }

        Assert.Empty(failures);
        Assert.True(checkedUses >= 100, $"only {checkedUses} metric uses were checked");
    }

    [Fact]
    public void Registries_cover_the_tasks_they_claim()
    {
        var getters = GetterRegistry.CreateDefault();
        var metrics = MetricRegistry.CreateDefault();
        var osworld = SuiteFiles.AllTaskFiles()
            .Where(path => path.Contains($"{Path.DirectorySeparatorChar}osworld{Path.DirectorySeparatorChar}examples{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(TaskSpecs.FromFile)
            .ToList();
        var covered = osworld.Count(task =>
            task.Evaluator.Funcs.All(metrics.Contains)
            && task.Evaluator.Results.Concat(task.Evaluator.Expected).OfType<GetterSpec>().All(g => getters.Contains(g.Type)));
        TestContext.Current.TestOutputHelper?.WriteLine($"{covered} of {osworld.Count} OSWorld tasks use only built-in getters and metrics");
        Assert.Equal(369, osworld.Count);
        Assert.True(covered >= 74, $"{covered} tasks covered");
    }

    public void Dispose() => files.Dispose();
}

using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;

namespace Deskbench.Evaluators.Tests.Support;

/// <summary>
/// A setup runner that implements one step type, <c>write_cache</c> <c>{name, text}</c>: it writes a file into the task's
/// cache folder, like OSWorld's <c>execute</c> with <c>stdout</c>. Any other type fails like a broken step.
/// </summary>
public sealed class CacheWritingSetupRunner : ISetupRunner
{
    public IReadOnlyCollection<string> SupportedTypes { get; } = ["write_cache"];

    public List<string> Ran { get; } = [];

    public Task RunAsync(IReadOnlyList<SetupStep> steps, SetupContext context, CancellationToken cancellationToken)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (step.Type != "write_cache")
            {
                throw new SetupStepException(i, step.Type, "not supported by this runner");
            }

            Directory.CreateDirectory(context.CacheDirectory);
            File.WriteAllText(
                Path.Combine(context.CacheDirectory, step.Parameters["name"]!.GetValue<string>()),
                step.Parameters["text"]!.GetValue<string>());
            Ran.Add(step.Type);
        }

        return Task.CompletedTask;
    }
}

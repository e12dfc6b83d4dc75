using Deskbench.Core.Actions;

namespace Deskbench.Agents.Tests;

/// <summary>The reference solutions of the platform's example suite (Tasks/examples) are valid scripted-agent input.</summary>
public sealed class ExampleSolutionTests
{
    [Fact]
    public async Task Every_example_solution_parses()
    {
        var examples = FindExamplesFolder();
        var files = Directory.GetFiles(examples, "*.solution.json", SearchOption.AllDirectories);
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var solution = await ScriptedSolutionReader.ReadAsync(file, TestContext.Current.CancellationToken);

            Assert.Contains(solution.ActionSpace, new[] { ActionSpaces.PyAutoGui, ActionSpaces.Computer13 });
            Assert.NotEmpty(solution.Steps);
            Assert.True(File.Exists(file.Replace(".solution.json", ".json", StringComparison.Ordinal)), $"{file} has no task beside it");
        }
    }

    private static string FindExamplesFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Deskbench.slnx")))
            {
                return Path.Combine(folder.FullName, "Tasks", "examples");
            }
        }

        throw new DirectoryNotFoundException("the repository root (Deskbench.slnx) is not above " + AppContext.BaseDirectory);
    }
}

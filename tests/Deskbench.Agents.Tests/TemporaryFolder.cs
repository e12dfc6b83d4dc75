namespace Deskbench.Agents.Tests;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = Directory.CreateTempSubdirectory("deskbench-agents-tests-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes a task file and (when given) its solution file beside it; returns the task file's path.</summary>
    public string WriteTask(string name, string? solutionJson)
    {
        var taskPath = System.IO.Path.Combine(Path, name + ".json");
        File.WriteAllText(taskPath, "{\"id\":\"" + name + "\"}");
        if (solutionJson is not null)
        {
            File.WriteAllText(System.IO.Path.Combine(Path, name + ".solution.json"), solutionJson);
        }

        return taskPath;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

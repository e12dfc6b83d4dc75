using Deskbench.Core.Actions;

namespace Deskbench.Agents;

/// <summary>A parsed solution file: its action space and the actions of each step, in order.</summary>
public sealed record ScriptedSolution(string Path, string ActionSpace, IReadOnlyList<IReadOnlyList<AgentAction>> Steps)
{
    /// <summary>
    /// The solution file of a task file: <c>&lt;task file without .json&gt;.solution.json</c>, beside it
    /// (<c>os/abc.json</c> → <c>os/abc.solution.json</c>).
    /// </summary>
    public static string PathFor(string taskFilePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskFilePath);
        var stem = taskFilePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? taskFilePath[..^".json".Length] : taskFilePath;
        return stem + ".solution.json";
    }
}

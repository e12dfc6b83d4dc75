namespace Deskbench.Tasks.OmniAct;

/// <summary>A parsed task file: <c>Task: …</c>, <c>Output Script:</c>, then one pyautogui call per line.</summary>
/// <param name="Instruction">The text after "Task:".</param>
/// <param name="GoldScript">The pyautogui lines after "Output Script:".</param>
internal sealed record OmniActTaskFile(string Instruction, IReadOnlyList<string> GoldScript)
{
    private const string TaskPrefix = "Task:";
    private const string ScriptMarker = "Output Script:";

    public static OmniActTaskFile Parse(string text, string index, string path)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var first = lines.FirstOrDefault(line => line.Trim().Length > 0)?.Trim() ?? string.Empty;
        var instruction = first.StartsWith(TaskPrefix, StringComparison.OrdinalIgnoreCase) ? first[TaskPrefix.Length..].Trim() : first;
        var marker = Array.FindIndex(lines, line => line.Trim().StartsWith(ScriptMarker, StringComparison.OrdinalIgnoreCase));
        if (marker < 0)
        {
            throw new OmniActDatasetException($"item {index}: task file '{path}' has no 'Output Script:' line.");
        }

        var script = lines.Skip(marker + 1)
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("pyautogui", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new OmniActTaskFile(instruction, script);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;

namespace Deskbench.Agents.OpenAI;

/// <summary>
/// Reads actions out of a model's reply as OSWorld's PromptAgent does: pyautogui code from ``` code blocks (a block
/// holding only WAIT/DONE/FAIL is that command), computer_13 JSON from ```json blocks or the whole reply; a reply that
/// is only a special word, or ends with one, is that command.
/// </summary>
internal static partial class PromptResponseParser
{
    public static IReadOnlyList<AgentAction> Parse(string reply, string actionSpace)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (SpecialActionWords.TryTranslate(reply) is not null)
        {
            return [AgentAction.FromCode(reply.Trim())];
        }

        var blocks = CodeBlock().Matches(reply).Select(m => m.Groups["body"].Value.Trim()).Where(b => b.Length > 0).ToList();
        var actions = actionSpace == ActionSpaces.Computer13 ? Computer13(reply, blocks) : blocks.Select(AgentAction.FromCode).ToList();
        if (actions.Count == 0 && reply.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() is { } last
            && SpecialActionWords.TryTranslate(last.Trim('`', '.', ' ')) is not null)
        {
            return [AgentAction.FromCode(last.Trim('`', '.', ' '))];
        }

        return actions;
    }

    private static List<AgentAction> Computer13(string reply, List<string> blocks)
    {
        var actions = new List<AgentAction>();
        foreach (var block in blocks.Count > 0 ? blocks : [reply.Trim()])
        {
            if (SpecialActionWords.TryTranslate(block) is not null)
            {
                actions.Add(AgentAction.FromCode(block));
                continue;
            }

            try
            {
                switch (JsonNode.Parse(block))
                {
                    case JsonArray array:
                        actions.AddRange(array.Where(a => a is not null).Select(a => new AgentAction(a!.DeepClone())));
                        break;
                    case { } node:
                        actions.Add(new AgentAction(node));
                        break;
                }
            }
            catch (JsonException)
            {
                // not JSON: the reply's prose, not an action
            }
        }

        return actions;
    }

    [GeneratedRegex(@"```[ \t]*(?:python|py|json)?[ \t]*\n?(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}

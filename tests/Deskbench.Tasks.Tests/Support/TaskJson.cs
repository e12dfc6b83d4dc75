namespace Deskbench.Tasks.Tests.Support;

/// <summary>Small task documents for tests.</summary>
internal static class TaskJson
{
    public static string Minimal(string id, string evaluator = """{"func": "exact_match", "result": {"type": "vm_command_line", "command": "echo"}, "expected": {"type": "rule", "rules": {"expected": "x"}}}""", string config = "[]") =>
        $$"""
        {
          "id": "{{id}}",
          "snapshot": "os",
          "instruction": "Do the thing.",
          "source": "test",
          "config": {{config}},
          "trajectory": "trajectories/",
          "related_apps": ["os"],
          "evaluator": {{evaluator}},
          "proxy": false,
          "fixed_ip": false,
          "possibility_of_env_change": "low"
        }
        """;
}

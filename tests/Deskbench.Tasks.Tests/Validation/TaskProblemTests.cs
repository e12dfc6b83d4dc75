using Deskbench.Tasks.Loading;
using Deskbench.Tasks.Tests.Support;
using Deskbench.Tasks.Validation;

namespace Deskbench.Tasks.Tests.Validation;

/// <summary>Bad task files give problems that name the file, the JSON path and what was expected — never exceptions.</summary>
public sealed class TaskProblemTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(string File, IReadOnlyList<TaskProblem> Problems)> LoadOneAsync(string json)
    {
        var file = _folder.Write($"d/{Guid.NewGuid():N}.json", json);
        var result = await new TaskLoader().LoadAsync(file, TestContext.Current.CancellationToken);
        Assert.Empty(result.Tasks);
        Assert.All(result.Problems, p => Assert.Equal(file, p.File));
        return (file, result.Problems);
    }

    private async Task<TaskProblem> SingleProblemAsync(string json) => Assert.Single((await LoadOneAsync(json)).Problems);

    private static string WithEvaluator(string evaluator) => TaskJson.Minimal("t", evaluator);

    [Fact]
    public async Task Malformed_json_names_the_file_and_the_position()
    {
        var problem = await SingleProblemAsync("""{"id": "x", "instruction": """);

        Assert.Equal("$", problem.JsonPath);
        Assert.StartsWith("malformed JSON:", problem.Message, StringComparison.Ordinal);
        Assert.Contains("LineNumber", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_keys_are_malformed()
    {
        var problem = await SingleProblemAsync("""{"id": "x", "id": "y", "instruction": "i", "evaluator": {"func": "f"}}""");

        Assert.Contains("Duplicate property 'id'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_root_that_is_not_an_object_is_reported()
    {
        var problem = await SingleProblemAsync("[1, 2]");

        Assert.Equal("$", problem.JsonPath);
        Assert.Equal("expected a task object, got array", problem.Message);
    }

    [Fact]
    public async Task Func_of_the_wrong_type_says_what_was_expected()
    {
        var problem = await SingleProblemAsync(WithEvaluator("""{"func": 3}"""));

        Assert.Equal("$.evaluator.func", problem.JsonPath);
        Assert.Equal("expected a string or an array of strings, got number", problem.Message);
        Assert.EndsWith(": $.evaluator.func: expected a string or an array of strings, got number", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Required_keys_are_checked()
    {
        var (_, problems) = await LoadOneAsync("""{"instruction": 5, "snapshot": "os"}""");

        Assert.Contains(problems, p => p.JsonPath == "$.id" && p.Message == "required key is missing (expected a string)");
        Assert.Contains(problems, p => p.JsonPath == "$.instruction" && p.Message == "expected a string, got number");
        Assert.Contains(problems, p => p.JsonPath == "$.evaluator" && p.Message.StartsWith("required key is missing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metadata_types_are_checked()
    {
        var json = TaskJson.Minimal("t").Replace("\"proxy\": false", "\"proxy\": \"yes\"", StringComparison.Ordinal)
            .Replace("[\"os\"]", "[\"os\", 7]", StringComparison.Ordinal);

        var (_, problems) = await LoadOneAsync(json);

        Assert.Contains(problems, p => p.JsonPath == "$.proxy" && p.Message == "expected a boolean, got string");
        Assert.Contains(problems, p => p.JsonPath == "$.related_apps[1]" && p.Message == "expected a string, got number");
    }

    [Fact]
    public async Task Config_steps_need_a_string_type_and_object_parameters()
    {
        var json = TaskJson.Minimal("t", config: """[{"type": "launch", "parameters": {"command": "x"}}, {"type": 4, "parameters": []}, {"type": "sleep"}, "oops"]""");

        var (_, problems) = await LoadOneAsync(json);

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.JsonPath == "$.config[1].type" && p.Message == "expected a non-empty string naming the step type, got number");
        Assert.Contains(problems, p => p.JsonPath == "$.config[1].parameters" && p.Message == "expected an object, got array");
        Assert.Contains(problems, p => p.JsonPath == "$.config[2].parameters" && p.Message == "required key is missing (expected an object)");
        Assert.Contains(problems, p => p.JsonPath == "$.config[3]" && p.Message == "expected an object {type, parameters}, got string");
    }

    [Fact]
    public async Task Postconfig_steps_are_checked_too()
    {
        var problem = await SingleProblemAsync(WithEvaluator("""{"func": "infeasible", "postconfig": [{"type": "sleep", "parameters": 0.5}]}"""));

        Assert.Equal("$.evaluator.postconfig[0].parameters", problem.JsonPath);
        Assert.Equal("expected an object, got number", problem.Message);
    }

    [Fact]
    public async Task Result_list_length_must_match_the_func_list()
    {
        var problem = await SingleProblemAsync(WithEvaluator("""
            {"func": ["a", "b"], "result": [{"type": "vm_file"}, {"type": "vm_file"}, {"type": "vm_file"}], "expected": [{"type": "rule"}, null]}
            """));

        Assert.Equal("$.evaluator.result", problem.JsonPath);
        Assert.Equal("expected an array of 2 getters (one per func), got 3", problem.Message);
    }

    [Fact]
    public async Task Options_must_be_a_list_when_func_is_a_list()
    {
        var problem = await SingleProblemAsync(WithEvaluator("""
            {"func": ["a", "b"], "result": [{"type": "vm_file"}, {"type": "vm_file"}], "options": {"rules": []}}
            """));

        Assert.Equal("$.evaluator.options", problem.JsonPath);
        Assert.Equal("expected an array of 2 option objects (one per func), got object", problem.Message);
    }

    [Fact]
    public async Task A_list_of_getters_is_rejected_for_a_single_func()
    {
        var problem = await SingleProblemAsync(WithEvaluator("""{"func": "a", "result": [{"type": "vm_file"}]}"""));

        Assert.Equal("$.evaluator.result", problem.JsonPath);
        Assert.Equal("expected a getter object {type, ...} (func is a single name), got array", problem.Message);
    }

    [Fact]
    public async Task Getters_need_a_string_type_but_expected_entries_may_be_null()
    {
        var (_, problems) = await LoadOneAsync(WithEvaluator("""
            {"func": ["a", "b"], "result": [{"type": "vm_file"}, {"path": "/x"}], "expected": [null, {"type": 1}], "options": [{}, null]}
            """));

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.JsonPath == "$.evaluator.result[1].type" && p.Message == "required key is missing (expected a string naming the getter)");
        Assert.Contains(problems, p => p.JsonPath == "$.evaluator.expected[1].type" && p.Message == "expected a non-empty string naming the getter, got number");
    }

    [Fact]
    public async Task Conj_must_be_and_or_or()
    {
        var problem = await SingleProblemAsync(WithEvaluator("""{"func": ["a", "b"], "conj": "xor"}"""));

        Assert.Equal("$.evaluator.conj", problem.JsonPath);
        Assert.Equal("expected \"and\" or \"or\", got \"xor\"", problem.Message);
    }

    [Fact]
    public async Task Func_list_entries_are_checked_one_by_one()
    {
        var problem = await SingleProblemAsync(WithEvaluator("""{"func": ["a", null]}"""));

        Assert.Equal("$.evaluator.func[1]", problem.JsonPath);
        Assert.Equal("expected a metric name (non-empty string), got null", problem.Message);
    }

    [Fact]
    public async Task A_folder_with_bad_files_reports_each_and_still_loads_the_good_ones()
    {
        _folder.Write("examples/os/good.json", TaskJson.Minimal("good"));
        _folder.Write("examples/os/broken.json", "{ not json");
        _folder.Write("examples/os/wrong.json", WithEvaluator("""{"func": 3}"""));

        var result = await new TaskLoader().LoadAsync(_folder.Path, TestContext.Current.CancellationToken);

        Assert.Equal("good", Assert.Single(result.Tasks).Id);
        Assert.Equal(3, result.TaskFileCount);
        Assert.Equal(["broken.json", "wrong.json"], result.Problems.Select(p => Path.GetFileName(p.File)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Valid_evaluator_forms_are_normalised()
    {
        var file = _folder.Write("d/ok.json", WithEvaluator("""
            {"func": ["a", "b"], "conj": "or", "result": [{"type": "vm_file"}, {"type": "vm_command_line"}], "expected": [{}, {"type": "rule"}], "options": [null, {"x": 1}]}
            """));

        var task = Assert.Single((await new TaskLoader().LoadAsync(file, TestContext.Current.CancellationToken)).Tasks);

        Assert.True(task.Evaluator.IsList);
        Assert.Equal("or", task.Evaluator.Conj);
        Assert.True(task.Evaluator.HasExpected);
        Assert.Null(task.Evaluator.Expected[0]);
        Assert.Equal("rule", task.Evaluator.Expected[1]!.Type);
        Assert.Null(task.Evaluator.Options[0]);
        Assert.Equal(1, task.Evaluator.Options[1]!["x"]!.GetValue<int>());
    }
}

using Deskbench.Evaluators.OmniAct.Predictions;

namespace Deskbench.Evaluators.OmniAct.Tests;

public sealed class PredictionsReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("omniact-pred-").FullName;

    [Fact]
    public async Task Reads_a_json_list()
    {
        var path = Write("pred.json", "[\"pyautogui.click(1,2)\", \"pyautogui.press(\\\"enter\\\")\"]");
        var predictions = await OmniActPredictionsReader.ReadAsync(path, 2, TestContext.Current.CancellationToken);
        Assert.Equal(["pyautogui.click(1,2)", "pyautogui.press(\"enter\")"], predictions);
    }

    [Fact]
    public async Task Reads_jsonl_strings_and_objects()
    {
        var path = Write("pred.jsonl", "\"pyautogui.click(1,2)\"\n{\"id\": 1, \"gpt_output\": \"pyautogui.scroll(3)\"}\n");
        var predictions = await OmniActPredictionsReader.ReadAsync(path, 2, TestContext.Current.CancellationToken);
        Assert.Equal(["pyautogui.click(1,2)", "pyautogui.scroll(3)"], predictions);
    }

    [Fact]
    public async Task Wrong_length_names_the_file_and_both_lengths()
    {
        var path = Write("short.json", "[\"a\", \"b\", \"c\"]");
        var ex = await Assert.ThrowsAsync<OmniActScoringException>(() =>
            OmniActPredictionsReader.ReadAsync(path, 2021, TestContext.Current.CancellationToken));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("3 entries", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2021 items", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_names_the_file()
    {
        var path = Write("bad.json", "[\"a\", ");
        var ex = await Assert.ThrowsAsync<OmniActScoringException>(() =>
            OmniActPredictionsReader.ReadAsync(path, 1, TestContext.Current.CancellationToken));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}

using System.Text.Json.Nodes;
using Deskbench.Accounts.GoogleDrive;
using Deskbench.Core.Tasks;
using Deskbench.Evaluators.Getters.GoogleDrive;
using Deskbench.Evaluators.Tests.Support;
using Deskbench.Testing.GoogleDrive;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Evaluators.Tests.Getters;

/// <summary>
/// <c>googledrive_file</c> against <see cref="FakeGoogleDrive"/> (Google's token endpoint and Drive v2 on loopback), with the
/// result specs of the real OSWorld tasks: the right file is found by path or query chain and downloaded into the cache;
/// a missing file is None (the metric scores 0, not an error).
/// </summary>
public sealed class GoogleDriveFileGetterTests : IAsyncDisposable
{
    private readonly EvaluatorTestBed bed = new();
    private readonly TempDirectory accounts = new();
    private readonly FakeGoogleDrive drive = new();

    public GoogleDriveFileGetterTests() => FakeGoogleAccountSettings.WriteDrive(accounts.Path, drive);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private GoogleDriveFileGetter Getter => new(accounts.Path, NullLogger<GoogleDriveFileGetter>.Instance);

    [Fact]
    public async Task A_path_finds_the_file_in_its_folder_and_skips_trashed_and_misplaced_namesakes()
    {
        drive.Add("Meeting-Agenda.pdf", content: "in the root"u8.ToArray());
        var meetings = drive.AddFolder("meetings");
        drive.Add("Meeting-Agenda.pdf", meetings, content: "trashed"u8.ToArray(), trashed: true);
        drive.Add("Meeting-Agenda.pdf", meetings, content: "%PDF agenda"u8.ToArray());

        var result = await GetAsync(ResultSpec("multi_apps/22a4636f"));

        var local = Path.Combine(bed.CacheDirectory, "Meeting-Agenda.pdf");
        Assert.Equal(local, result!.GetValue<string>());
        Assert.Equal("%PDF agenda", await File.ReadAllTextAsync(local, Token));
        Assert.Equal(1, drive.TokensIssued);
    }

    [Fact]
    public async Task A_path_list_gives_a_list_with_None_for_the_missing_file()
    {
        var attachment = drive.AddFolder("attachment");
        drive.Add("Invoice-01234567-89ab.pdf", attachment, content: "invoice"u8.ToArray());

        var result = Assert.IsType<JsonArray>(await GetAsync(ResultSpec("multi_apps/78aed49a", index: 1)));

        Assert.Equal(2, result.Count);
        Assert.Equal("invoice", await File.ReadAllTextAsync(result[0]!.GetValue<string>(), Token));
        Assert.Null(result[1]);
        Assert.False(File.Exists(Path.Combine(bed.CacheDirectory, "Receipt-0123-4567.pdf")));
    }

    [Fact]
    public async Task Query_and_query_list_follow_the_chain_of_queries_from_the_root()
    {
        var forms = drive.AddFolder("forms");
        drive.Add("form.docx", forms);
        drive.Add("form.docx.pdf", forms, content: "form pdf"u8.ToArray());
        var figures = drive.AddFolder("figures");
        drive.Add("1.png", figures, content: "one"u8.ToArray());
        drive.Add("3.png", figures, content: "three"u8.ToArray());

        var form = await GetAsync(ResultSpec("multi_apps/897e3b53"));
        var pngs = Assert.IsType<JsonArray>(await GetAsync(ResultSpec("multi_apps/46407397")));

        Assert.Equal("form pdf", await File.ReadAllTextAsync(form!.GetValue<string>(), Token));
        Assert.Equal("one", await File.ReadAllTextAsync(pngs[0]!.GetValue<string>(), Token));
        Assert.Null(pngs[1]);
        Assert.Equal("three", await File.ReadAllTextAsync(pngs[2]!.GetValue<string>(), Token));
    }

    [Fact]
    public async Task A_google_doc_cannot_be_downloaded_as_itself_and_is_None()
    {
        var folder = drive.AddFolder("environment_policy");
        drive.Add("environment_policy_report (draft)", folder, "application/vnd.google-apps.document");

        Assert.Null(await GetAsync(ResultSpec("multi_apps/0c825995")));
        Assert.DoesNotContain(drive.Requests, r => r.StartsWith("GET /drive/v2/files/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_file_scores_0_through_the_evaluator_and_a_present_one_is_compared()
    {
        var expected = bed.WriteGuestFile("expected.txt", "report\n");
        var task = TaskSpecs.FromEvaluator($$$"""
            {"func": "compare_text_file",
             "result": {"type": "googledrive_file", "settings_file": "evaluation_examples/settings/googledrive/settings.yml", "path": ["report.txt"], "dest": "report.txt"},
             "expected": {"type": "vm_file", "path": "{{{expected}}}", "dest": "expected.txt"}}
            """);
        var evaluator = new OsWorldTaskEvaluator(
            GetterRegistry.CreateDefault().Add(Getter), MetricRegistry.CreateDefault(), NullLogger<OsWorldTaskEvaluator>.Instance);

        var missing = await bed.EvaluateAsync(task, evaluator: evaluator);
        drive.Add("report.txt", content: "report\n"u8.ToArray());
        var present = await bed.EvaluateAsync(task, evaluator: evaluator);

        Assert.Equal(0.0, missing.Score);
        Assert.Equal(1.0, present.Score);
    }

    [Fact]
    public async Task Without_account_settings_the_getter_is_unsupported_here()
    {
        var getter = new GoogleDriveFileGetter(null);

        var ex = await Assert.ThrowsAsync<UnsupportedFeatureException>(() =>
            getter.GetAsync(bed.GetterContext(), ResultSpec("multi_apps/22a4636f"), Token));

        Assert.Contains("needs account settings", ex.Message, StringComparison.Ordinal);
        Assert.Empty(drive.Requests);
    }

    [Fact]
    public async Task Refused_credentials_are_an_error_naming_the_settings_file()
    {
        var settings = FakeGoogleAccountSettings.WriteDrive(accounts.Path, drive, refreshToken: "1//revoked");

        var ex = await Assert.ThrowsAsync<GoogleAccountSettingsException>(() => GetAsync(ResultSpec("multi_apps/22a4636f")));

        Assert.Equal(settings, ex.SettingsFile);
        Assert.Contains("invalid_grant", ex.Message, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await drive.DisposeAsync();
        accounts.Dispose();
        bed.Dispose();
    }

    private Task<JsonNode?> GetAsync(JsonObject spec) => Getter.GetAsync(bed.GetterContext(), spec, Token);

    /// <summary>The <c>googledrive_file</c> result spec of a real OSWorld task (the <paramref name="index"/>-th for a list evaluator).</summary>
    private static JsonObject ResultSpec(string task, int index = 0)
    {
        var result = JsonNode.Parse(File.ReadAllText(SuiteFiles.OsWorldTask(task)))!["evaluator"]!["result"]!;
        var spec = (result as JsonArray)?[index] ?? result;
        Assert.Equal("googledrive_file", spec["type"]!.GetValue<string>());
        return spec.DeepClone().AsObject();
    }
}

using System.Text.Json.Nodes;
using Deskbench.Core.Setup;
using Deskbench.Tasks.Assets;
using Deskbench.Tasks.Setup;
using Deskbench.Tasks.Setup.Steps;
using Deskbench.Tasks.Tests.Support;
using Deskbench.Testing.GoogleDrive;
using static Deskbench.Tasks.Tests.Support.SetupHarness;

namespace Deskbench.Tasks.Tests.Setup;

/// <summary>
/// <c>googledrive</c> with account settings, against <see cref="FakeGoogleDrive"/> (Google's token endpoint and Drive v2 on
/// loopback): the operations change the drive as OSWorld's PyDrive code does; the stale access token is refreshed first.
/// </summary>
public sealed class GoogleDriveStepTests
{
    private const string Pdf = "application/pdf";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Delete_removes_the_matching_files_and_folders_with_their_contents_and_nothing_else()
    {
        await using var drive = new FakeGoogleDrive();
        var emails = drive.AddFolder("emails");
        drive.Add("old.eml", emails);
        var nested = drive.AddFolder("archive");
        drive.AddFolder("emails", nested);
        drive.Add("emails");
        drive.Add("keep.txt");

        await RunAsync(drive, """{"operation": ["delete"], "args": [{"query": "title = 'emails' and 'root' in parents", "trash": false}]}""");

        Assert.Null(drive.Find("emails"));
        Assert.DoesNotContain(drive.Files, f => f.Title == "old.eml");
        Assert.NotNull(drive.Find("archive", "emails"));
        Assert.NotNull(drive.Find("keep.txt"));
        Assert.Equal(1, drive.TokensIssued);
    }

    [Fact]
    public async Task Delete_follows_every_result_page_and_trash_true_moves_to_the_trash()
    {
        await using var drive = new FakeGoogleDrive { PageSize = 2 };
        for (var i = 0; i < 5; i++)
        {
            drive.Add("form.pdf", mimeType: Pdf);
        }

        drive.Add("form.docx");

        await RunAsync(drive, """{"operation": ["delete"], "args": [{"query": "title = 'form.pdf' or title = 'form.docx'", "trash": true}]}""");

        var forms = drive.Files.Where(f => f.Title.StartsWith("form.", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, forms.Count);
        Assert.All(forms, f => Assert.True(f.Trashed, $"{f.Title} was not trashed"));
        Assert.Contains(drive.Requests, r => r.StartsWith("POST /drive/v2/files/", StringComparison.Ordinal) && r.EndsWith("/trash", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mkdirs_creates_the_missing_folders_once()
    {
        await using var drive = new FakeGoogleDrive();
        var existing = drive.AddFolder("meetings");

        var step = """{"operation": ["mkdirs", "mkdirs"], "args": [{"path": ["meetings", "2026", "notes"]}, {"path": ["meetings", "2026"]}]}""";
        await RunAsync(drive, step);
        await RunAsync(drive, step);

        Assert.Equal(existing, drive.Find("meetings")!.Id);
        var notes = drive.Find("meetings", "2026", "notes");
        Assert.NotNull(notes);
        Assert.True(notes.IsFolder);
        Assert.Equal(3, drive.Files.Count);
    }

    [Fact]
    public async Task Upload_puts_the_cached_asset_into_the_folder_path()
    {
        await using var drive = new FakeGoogleDrive();
        const string url = "https://huggingface.co/datasets/xlangai/ubuntu_osworld_file_cache/resolve/main/multi_apps/x/invoice.pdf";

        await RunAsync(drive, $$"""
            {"operation": ["upload", "upload"], "args": [{"url": "{{url}}", "path": ["invoice.pdf"]}, {"url": "{{url}}", "path": ["bills", "2026", "copy.pdf"]}]}
            """, assets: new Dictionary<string, byte[]> { [url] = "%PDF-1.4 invoice"u8.ToArray() });

        Assert.Equal("%PDF-1.4 invoice"u8.ToArray(), drive.Find("invoice.pdf")!.Content);
        Assert.Equal("%PDF-1.4 invoice"u8.ToArray(), drive.Find("bills", "2026", "copy.pdf")!.Content);
        Assert.True(drive.Find("bills")!.IsFolder);
    }

    [Fact]
    public async Task The_googledrive_steps_of_the_osworld_tasks_run_as_written()
    {
        await using var drive = new FakeGoogleDrive();
        drive.Add("invoice.pdf", mimeType: Pdf, content: "old"u8.ToArray());
        drive.Add("Meeting-Agenda.pdf");
        var tasks = Path.Combine(SuiteLocator.Osworld, "examples", "multi_apps");
        var upload = GoogleDriveParameters(Path.Combine(tasks, "4e9f0faf-2ecc-4ae8-a804-28c9a75d1ddc.json"));
        var mkdirs = GoogleDriveParameters(Path.Combine(tasks, "22a4636f-8179-4357-8e87-d1743ece1f81.json"));
        var url = upload["args"]![1]!["url"]!.GetValue<string>();

        await RunAsync(drive, upload.ToJsonString(), new Dictionary<string, byte[]> { [url] = "%PDF new"u8.ToArray() });
        await RunAsync(drive, mkdirs.ToJsonString());

        Assert.Equal("%PDF new"u8.ToArray(), Assert.Single(drive.Files, f => f.Title == "invoice.pdf").Content);
        Assert.Null(drive.Find("Meeting-Agenda.pdf"));
        Assert.True(drive.Find("meetings")!.IsFolder);
    }

    [Fact]
    public async Task Refused_credentials_fail_as_needing_account_settings_and_name_the_settings_file()
    {
        await using var drive = new FakeGoogleDrive();
        drive.Add("emails");
        await using var setup = await CreateAsync();
        var settings = FakeGoogleAccountSettings.WriteDrive(setup.Folder.Path, drive, refreshToken: "1//revoked");

        var ex = await Assert.ThrowsAsync<SetupStepException>(() => Runner(setup).RunAsync(
            [Step("googledrive", Parameters("""{"operation": ["delete"], "args": [{"query": "title = 'emails'"}]}"""))], setup.Context, Token));

        var cause = Assert.IsType<AccountSettingsRequiredException>(ex.InnerException);
        Assert.Contains(settings, cause.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_grant", cause.Message, StringComparison.Ordinal);
        Assert.NotNull(drive.Find("emails"));
    }

    [Fact]
    public async Task Settings_without_a_credentials_file_fail_as_needing_account_settings()
    {
        await using var drive = new FakeGoogleDrive();
        await using var setup = await CreateAsync();
        FakeGoogleAccountSettings.WriteDrive(setup.Folder.Path, drive);
        File.Delete(Path.Combine(setup.Folder.Path, "googledrive", "credentials.json"));

        var ex = await Assert.ThrowsAsync<SetupStepException>(() => Runner(setup).RunAsync(
            [Step("googledrive", Parameters("""{"operation": ["mkdirs"], "args": [{"path": ["x"]}]}"""))], setup.Context, Token));

        Assert.Contains("credentials.json", Assert.IsType<AccountSettingsRequiredException>(ex.InnerException).Message, StringComparison.Ordinal);
        Assert.Empty(drive.Requests);
    }

    private static async Task RunAsync(FakeGoogleDrive drive, string operations, IReadOnlyDictionary<string, byte[]>? assets = null)
    {
        await using var setup = await CreateAsync();
        FakeGoogleAccountSettings.WriteDrive(setup.Folder.Path, drive);
        Directory.CreateDirectory(setup.AssetsFolder);
        foreach (var (url, content) in assets ?? new Dictionary<string, byte[]>())
        {
            await File.WriteAllBytesAsync(Path.Combine(setup.AssetsFolder, FolderAssetCache.GetCacheFileName(url)), content, Token);
        }

        var parameters = Parameters(operations);
        await Runner(setup).RunAsync([Step("googledrive", parameters)], setup.Context, Token);
    }

    private static SetupRunner Runner(SetupHarness setup) =>
        SetupRunner.CreateDefault(new SetupRunnerOptions { AccountSettingsDirectory = setup.Folder.Path });

    private static string Parameters(string operations)
    {
        var parameters = JsonNode.Parse(operations)!.AsObject();
        parameters["settings_file"] ??= "evaluation_examples/settings/googledrive/settings.yml";
        return parameters.ToJsonString();
    }

    private static JsonObject GoogleDriveParameters(string taskFile) =>
        JsonNode.Parse(File.ReadAllText(taskFile))!["config"]!.AsArray()
            .Single(step => step!["type"]!.GetValue<string>() == "googledrive")!["parameters"]!.AsObject();
}

using Deskbench.Core.Tasks;
using Deskbench.Tasks.Assets;
using Deskbench.Tasks.Loading;
using Deskbench.Tasks.Setup;
using Deskbench.Tasks.Tests.Support;
using Deskbench.Tasks.Validation;

namespace Deskbench.Tasks.Tests.Loading;

/// <summary>The platform's own example suite (Tasks/examples) loads, its setup steps are all supported and its assets resolve.</summary>
public sealed class ExampleSuiteTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Folder_and_index_give_the_same_tasks_and_skip_the_solutions()
    {
        var byFolder = await new TaskLoader().LoadAsync(Path.Combine(RepositoryLocator.ExampleSuite, "examples"), Token);
        var byIndex = await new TaskLoader().LoadAsync(Path.Combine(RepositoryLocator.ExampleSuite, "test_all.json"), Token);

        Assert.Empty(byFolder.Problems);
        Assert.Empty(byIndex.Problems);
        Assert.NotEmpty(byIndex.Tasks);
        Assert.Equal(byIndex.Tasks.Select(t => t.Id).Order(StringComparer.Ordinal), byFolder.Tasks.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(byFolder.Tasks, t => t.SourcePath.EndsWith(".solution.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_setup_step_type_is_supported_by_the_default_runner()
    {
        var supported = new SupportedFeatures(
            SetupRunner.CreateDefault().SupportedTypes.ToHashSet(), new HashSet<string>(), new HashSet<string>());

        var report = await new TaskValidator().ValidateAsync(Path.Combine(RepositoryLocator.ExampleSuite, "test_all.json"), supported, Token);

        Assert.True(report.IsValid);
        Assert.DoesNotContain(report.UnsupportedFeatures, u => u.Kind == FeatureKinds.SetupStep);
    }

    [Fact]
    public async Task Every_downloaded_or_cloud_file_url_is_in_the_asset_cache()
    {
        var tasks = (await new TaskLoader().LoadAsync(Path.Combine(RepositoryLocator.ExampleSuite, "test_all.json"), Token)).Tasks;
        var cache = new FolderAssetCache(Path.Combine(RepositoryLocator.ExampleSuite, "assets"));
        var urls = tasks
            .SelectMany(t => t.Config.Concat(t.Evaluator.Postconfig))
            .Where(s => s.Type == "download")
            .SelectMany(s => s.Parameters["files"]!.AsArray().Select(f => f!["url"]!.GetValue<string>()))
            .Concat(tasks.SelectMany(t => t.Evaluator.Expected.Concat(t.Evaluator.Results))
                .Where(g => g?.Type == "cloud_file")
                .Select(g => g!.Spec["path"]!.GetValue<string>()))
            .Distinct()
            .ToList();

        Assert.NotEmpty(urls);
        foreach (var url in urls)
        {
            Assert.True(File.Exists(await cache.GetLocalPathAsync(url, Token)), url);
        }
    }
}

using Deskbench.Core.Tasks;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Evaluation;

public sealed class RegistryTests
{
    [Fact]
    public void Defaults_hold_the_built_in_names()
    {
        Assert.Equal(
            ["cache_file", "cloud_file", "list_directory", "rule", "rule_relativeTime", "time_diff_range", "vm_command_error", "vm_command_line", "vm_file",
             "vm_screen_size"],
            GetterRegistry.CreateDefault().Names.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["check_direct_json_object", "check_gnome_favorite_apps", "check_include_exclude", "check_json", "check_json_keybindings",
             "check_json_settings", "check_libre_locale", "check_line_number", "check_list", "check_moved_jpgs", "check_text_enlarged",
             "check_thunderbird_filter", "check_thunderbird_folder", "check_thunderbird_prefs", "compare_answer", "compare_config", "compare_result_files",
             "compare_text_file", "diff_text_file", "exact_match", "file_contains", "fuzzy_match", "infeasible", "is_extension_installed",
             "is_in_list", "is_in_vm_clickboard", "is_utc_0", "literal_match", "match_in_list"],
            MetricRegistry.CreateDefault().Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Other_projects_can_add_metrics_but_not_twice()
    {
        var registry = MetricRegistry.CreateDefault().Add(new RecordingMetric("compare_table", 1));
        Assert.True(registry.TryGet("compare_table", out var metric));
        Assert.Equal("compare_table", metric.Name);
        Assert.Throws<InvalidOperationException>(() => registry.Add(new RecordingMetric("exact_match", 1)));
    }

    [Fact]
    public void Unknown_names_throw_unsupported()
    {
        var error = Assert.Throws<UnsupportedFeatureException>(() => GetterRegistry.CreateDefault().Get("bookmarks"));
        Assert.Equal("getter", error.Kind);
        Assert.Throws<UnsupportedFeatureException>(() => MetricRegistry.CreateDefault().Get("compare_pdfs"));
    }
}

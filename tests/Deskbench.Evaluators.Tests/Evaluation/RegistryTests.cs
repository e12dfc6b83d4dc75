using Deskbench.Core.Tasks;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Evaluation;

public sealed class RegistryTests
{
    [Fact]
    public void Defaults_hold_the_built_in_names()
    {
        Assert.Equal(
            ["accessibility_tree", "active_tab_html_parse", "active_tab_info", "active_tab_url_parse", "active_url_from_accessTree", "bookmarks",
             "cache_file", "chrome_appearance_mode_ui", "chrome_color_scheme", "chrome_font_size", "chrome_language", "cloud_file",
             "cookie_data", "data_delete_automacally", "default_search_engine", "default_video_player", "enable_do_not_track",
             "enable_enhanced_safety_browsing", "enable_safe_browsing", "enabled_experiments", "find_installed_extension_name",
             "find_unpacked_extension_path", "gimp_config_file", "gotoRecreationPage_and_get_html_content", "history", "info_from_website",
             "list_directory", "macys_product_url_parse", "new_startup_page", "number_of_search_results", "open_tabs_info",
             "page_info", "pdf_from_url", "profile_name", "replay", "rule", "rule_relativeTime", "shortcuts_on_desktop", "time_diff_range",
             "url_dashPart", "url_path_parse", "vlc_config", "vlc_playing_info", "vm_command_error", "vm_command_line", "vm_file", "vm_screen_size", "vm_terminal_output", "vm_wallpaper", "vm_window_size", "vscode_config"],
            GetterRegistry.CreateDefault().Names.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["check_accessibility_tree", "check_config_status", "check_csv", "check_direct_json_object", "check_enabled_experiments", "check_font_size", "check_global_key_play_pause", "check_gnome_favorite_apps",
             "check_history_deleted", "check_html_background_image", "check_include_exclude", "check_json", "check_json_keybindings", "check_json_settings",
             "check_libre_locale", "check_line_number", "check_list", "check_moved_jpgs", "check_one_instance_when_started_from_file", "check_play_and_exit", "check_python_file_by_gold_file", "check_python_file_by_test_suite", "check_qt_bgcone", "check_qt_max_volume", "check_qt_minimal_view", "check_qt_slider_colours", "check_text_enlarged",
             "check_thunderbird_filter", "check_thunderbird_folder", "check_thunderbird_prefs", "compare_answer", "compare_audios", "compare_config", "compare_python_pure_text",
             "compare_result_files", "compare_terminal_and_txt", "compare_text_file", "compare_time_in_speedtest_results", "compare_videos", "compare_zip_files", "diff_text_file", "exact_match", "file_contains", "fuzzy_match",
             "infeasible", "is_added_to_steam_cart", "is_cookie_deleted", "is_expected_active_tab",
             "is_expected_active_tab_approximate", "is_expected_bookmarks", "is_expected_installed_extensions",
             "is_expected_search_query", "is_expected_tabs", "is_expected_url_pattern_match", "is_extension_installed",
             "is_in_list", "is_in_vm_clickboard", "is_included_all_json_objects", "is_shortcut_on_desktop", "is_utc_0", "is_vlc_fullscreen", "is_vlc_playing", "is_vlc_recordings_folder", "literal_match", "match_in_list", "run_sqlite3"],
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
        var error = Assert.Throws<UnsupportedFeatureException>(() => GetterRegistry.CreateDefault().Get("googledrive_file"));
        Assert.Equal("getter", error.Kind);
        Assert.Throws<UnsupportedFeatureException>(() => MetricRegistry.CreateDefault().Get("compare_pdfs"));
    }
}

using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Presentations;

/// <summary>compare_pptx_files' keyword options with OSWorld's defaults.</summary>
internal sealed record PptxCompareOptions(MetricCall Call)
{
    private static readonly Dictionary<string, bool> Defaults = new(StringComparer.Ordinal)
    {
        ["examine_number_of_slides"] = true, ["examine_shape"] = true, ["examine_text"] = true, ["examine_indent"] = true,
        ["examine_font_name"] = true, ["examine_font_size"] = true, ["examine_font_bold"] = true, ["examine_font_italic"] = true,
        ["examine_color_rgb"] = true, ["examine_font_underline"] = true, ["examine_strike_through"] = true,
        ["examine_alignment"] = true, ["examine_title_bottom_position"] = false, ["examine_table_bottom_position"] = false,
        ["examine_right_position"] = false, ["examine_top_position"] = false, ["examine_shape_for_shift_size"] = false,
        ["examine_image_size"] = false, ["examine_modify_height"] = false, ["examine_bullets"] = true,
        ["examine_background_color"] = true, ["examine_note"] = true, ["normalize_runs"] = false, ["enable_debug"] = true,
    };

    /// <summary>The names compare_pptx_files accepts (it takes **options, so others are ignored, as in OSWorld).</summary>
    public static IReadOnlyCollection<string> Names => Defaults.Keys;

    public bool this[string name] => Call.HasOption(name) ? PythonValues.IsTruthy(Call.Option(name)) : Defaults[name];

    public double Tolerance => Call.Option("approximately_tolerance") is { } value ? PythonValues.GetFloat(value) : 0.005;
}

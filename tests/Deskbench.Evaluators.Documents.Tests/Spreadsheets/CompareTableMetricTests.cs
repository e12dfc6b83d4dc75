using Deskbench.Evaluators.Documents.Metrics;
using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.Spreadsheets;

public sealed class CompareTableMetricTests(SpreadsheetFixture books) : IClassFixture<SpreadsheetFixture>
{
    private readonly CompareTableMetric metric = new();

    private double Score(string result, string? expected, string rules)
    {
        LibreOffice.Require();
        return Metric.Score(metric, books.PathOf(result), expected is null ? null : books.PathOf(expected), "{\"rules\": " + rules + "}");
    }

    [Fact]
    public void Sheet_data_passes_for_the_same_values_and_fails_for_a_changed_cell()
    {
        const string rules = """[{"type": "sheet_data", "sheet_idx0": 0, "sheet_idx1": "EI0"}]""";
        Assert.Equal(1.0, Score("base_copy.xlsx", "base.xlsx", rules));
        Assert.Equal(0.0, Score("changed.xlsx", "base.xlsx", rules));
    }

    [Fact]
    public void Sheet_data_rounds_to_the_given_precision()
    {
        Assert.Equal(1.0, Score("rounded.xlsx", "base.xlsx", """[{"type": "sheet_data", "sheet_idx0": "RI0", "sheet_idx1": "EI0"}]"""));
        Assert.Equal(0.0, Score("rounded.xlsx", "base.xlsx", """[{"type": "sheet_data", "sheet_idx0": "RI0", "sheet_idx1": "EI0", "precision": 5}]"""));
    }

    [Fact]
    public void Sheet_references_by_name_and_index_reach_both_books()
    {
        Assert.Equal(1.0, Score("renamed.xlsx", "base.xlsx", """[{"type": "sheet_data", "sheet_idx0": "RNResults", "sheet_idx1": "ENData"}]"""));
        Assert.Equal(1.0, Score("base.xlsx", "base.xlsx", """[{"type": "sheet_data", "sheet_idx0": "RI1", "sheet_idx1": "ENOther"}]"""));
        Assert.Equal(0.0, Score("base.xlsx", "base.xlsx", """[{"type": "sheet_data", "sheet_idx0": "RNMissing", "sheet_idx1": "EI0"}]"""));
        Assert.Equal(0.0, Score("base.xlsx", "base.xlsx", """[{"type": "sheet_data", "sheet_idx0": 5, "sheet_idx1": "EI0"}]"""));
    }

    [Fact]
    public void Sheet_name_compares_the_sheet_lists()
    {
        Assert.Equal(1.0, Score("changed.xlsx", "base.xlsx", """[{"type": "sheet_name"}]"""));
        Assert.Equal(0.0, Score("renamed.xlsx", "base.xlsx", """[{"type": "sheet_name"}]"""));
    }

    [Fact]
    public void Sheet_print_compares_the_exported_csv()
    {
        const string rules = """[{"type": "sheet_print", "sheet_idx0": "RNData", "sheet_idx1": "ENData"}]""";
        Assert.Equal(1.0, Score("base_copy.xlsx", "base.xlsx", rules));
        Assert.Equal(0.0, Score("changed.xlsx", "base.xlsx", rules));
        Assert.Equal(0.0, Score("rounded.xlsx", "base.xlsx", rules));
    }

    [Fact]
    public void Sheet_fuzzy_normalises_before_matching()
    {
        const string rules = """
            [{"type": "sheet_fuzzy", "sheet_idx0": "RI0", "sheet_idx1": "EI0", "rules": [
              {"range": ["A1:A3"], "type": "exact_match", "ignore_case": true, "ignore_chars": "()", "normalization": [["Rd", "Road"]]}]}]
            """;
        Assert.Equal(1.0, Score("address.xlsx", "address_alt.xlsx", rules));
        Assert.Equal(0.0, Score("address_other.xlsx", "address_alt.xlsx", rules));
        Assert.Equal(1.0, Score("address_other.xlsx", "address_alt.xlsx",
            """[{"type": "sheet_fuzzy", "sheet_idx0": "RI0", "sheet_idx1": "EI0", "rules": [{"range": ["A3"], "type": "fuzzy_match", "threshold": 80, "ignore_chars": "()"}]}]"""));
    }

    [Fact]
    public void Check_cell_reads_values_merges_and_styles()
    {
        Assert.Equal(1.0, Score("base.xlsx", null, """[{"type": "check_cell", "sheet_idx": 0, "coordinate": "B2", "props": {"value": {"method": "approx:0.001", "ref": 3.1416}}}]"""));
        Assert.Equal(0.0, Score("changed.xlsx", null, """[{"type": "check_cell", "sheet_idx": 0, "coordinate": "B2", "props": {"value": {"method": "approx:0.001", "ref": 3.1416}}}]"""));
        Assert.Equal(1.0, Score("base.xlsx", null, """[{"type": "check_cell", "sheet_idx": 0, "coordinate": "B3", "props": {"merge": {"method": "eq", "ref": true}}}]"""));
        Assert.Equal(0.0, Score("base.xlsx", null, """[{"type": "check_cell", "sheet_idx": 0, "coordinate": "A3", "props": {"merge": {"method": "eq", "ref": true}}}]"""));
        const string style = """[{"type": "check_cell", "sheet_idx": 0, "coordinate": "A2", "props": {"font_bold": {"method": "eq", "ref": true}, "font_color": {"method": "eq", "ref": "FFFF0000"}, "bgcolor": {"method": "eq", "ref": "FFFFFF00"}}}]""";
        Assert.Equal(1.0, Score("base.xlsx", null, style));
        Assert.Equal(0.0, Score("plain.xlsx", null, style));
        Assert.Equal(1.0, Score("base.xlsx", null, """[{"type": "check_cell", "sheet_idx": 0, "coordinate": "C3", "props": {"value": {"method": "eq", "ref": 2.0}}}]"""));
    }

    [Fact]
    public void Style_rule_compares_cell_styles_over_the_sheet()
    {
        const string rules = """[{"type": "style", "sheet_idx0": 0, "sheet_idx1": "EI0", "props": ["bgcolor", "font_color", "font_bold"]}]""";
        Assert.Equal(1.0, Score("changed.xlsx", "base.xlsx", rules));
        Assert.Equal(0.0, Score("plain.xlsx", "base.xlsx", rules));
    }

    [Fact]
    public void Row_props_see_a_hidden_row()
    {
        const string rules = """[{"type": "row_props", "sheet_idx0": 0, "sheet_idx1": "EI0", "props": ["hidden"]}]""";
        Assert.Equal(1.0, Score("changed.xlsx", "base.xlsx", rules));
        Assert.Equal(0.0, Score("plain.xlsx", "base.xlsx", rules));
    }

    [Fact]
    public void Data_validation_checks_type_list_and_ranges()
    {
        const string rules = """
            [{"type": "data_validation", "sheet_idx": 0, "dv_props": [{
              "type": {"method": "eq", "ref": "list"},
              "formula1": {"method": "str_set_eq", "ref": ["Held", "Pass", "Fail"]},
              "ranges": {"method": "spreadsheet_range", "ref": ["C2", "C2:C10"]}}]}]
            """;
        Assert.Equal(1.0, Score("base.xlsx", null, rules));
        Assert.Equal(0.0, Score("plain.xlsx", null, rules));
    }

    [Fact]
    public void Freeze_compares_the_split_not_the_scroll_position()
    {
        const string rules = """[{"type": "freeze", "sheet_idx0": 0, "sheet_idx1": "EI0"}]""";
        Assert.Equal(1.0, Score("frozen_scrolled.xlsx", "frozen.xlsx", rules));
        Assert.Equal(0.0, Score("base.xlsx", "frozen.xlsx", rules));
    }

    [Fact]
    public void Zoom_matches_the_scale_against_the_rule()
    {
        const string rules = """[{"type": "zoom", "sheet_idx": 0, "method": "ge", "ref": 140}]""";
        Assert.Equal(1.0, Score("zoomed.xlsx", null, rules));
        Assert.Equal(0.0, Score("base.xlsx", null, rules));
    }

    [Fact]
    public void Chart_rule_compares_type_title_and_direction()
    {
        const string rules = """[{"type": "chart", "sheet_idx0": "RNSales", "sheet_idx1": "ENSales", "chart_props": ["type", "title", "direction"]}]""";
        Assert.Equal(1.0, Score("pivotcol.xlsx", "bar.xlsx", rules));
        Assert.Equal(0.0, Score("line.xlsx", "bar.xlsx", """[{"type": "chart", "sheet_idx0": "RNSales", "sheet_idx1": "ENSales", "chart_props": ["type", "title"]}]"""));
    }

    [Fact]
    public void Pivot_table_rule_compares_field_layout()
    {
        const string rules = """[{"type": "pivot_table", "sheet_idx0": "RNPivot", "sheet_idx1": "ENPivot", "pivot_props": ["col_fields", "filter", "row_fields", "data_fields"]}]""";
        Assert.Equal(1.0, Score("line.xlsx", "bar.xlsx", rules));
        Assert.Equal(0.0, Score("pivotcol.xlsx", "bar.xlsx", rules));
    }

    [Fact]
    public void Rules_run_in_order_and_all_must_pass()
    {
        Assert.Equal(0.0, Score("changed.xlsx", "base.xlsx", """[{"type": "sheet_name"}, {"type": "sheet_data", "sheet_idx0": 0, "sheet_idx1": "EI0"}]"""));
        Assert.Equal(1.0, Score("rounded.xlsx", "base.xlsx", """[{"type": "sheet_name"}, {"type": "sheet_data", "sheet_idx0": 0, "sheet_idx1": "EI0"}]"""));
    }

    [Fact]
    public void A_missing_or_broken_result_scores_zero_as_in_osworld()
    {
        const string rules = """[{"type": "sheet_name"}]""";
        Assert.Equal(0.0, Score("does-not-exist.xlsx", "base.xlsx", rules));
        Assert.Equal(0.0, Score("truncated.xlsx", "base.xlsx", rules));
        Assert.Equal(0.0, Score("encrypted.xlsx", "base.xlsx", rules));
    }

    [Theory]
    [InlineData("truncated.xlsx", "truncated or corrupt")]
    [InlineData("encrypted.xlsx", "password-protected")]
    [InlineData("notes.xlsx", "not a zip-based office document")]
    public void An_unreadable_expected_workbook_is_an_error_naming_the_file_and_metric(string file, string problem)
    {
        var error = Assert.Throws<DocumentReadException>(() => Score("base.xlsx", file, """[{"type": "sheet_name"}]"""));
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("compare_table", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_sheet_reference_or_rule_type_is_an_error()
    {
        Assert.Throws<MetricArgumentException>(() => Score("base.xlsx", "base.xlsx", """[{"type": "sheet_data", "sheet_idx0": "XX0", "sheet_idx1": "EI0"}]"""));
        Assert.Throws<NotSupportedException>(() => Score("base.xlsx", "base.xlsx", """[{"type": "no_such_rule"}]"""));
    }
}

namespace Deskbench.Evaluators.Documents.Tests;

public sealed class DocumentMetricsTests
{
    [Fact]
    public void Every_metric_has_a_unique_osworld_name_and_joins_the_default_registry()
    {
        var names = DocumentMetrics.All.Select(m => m.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        var registry = MetricRegistry.CreateDefault().AddRange(DocumentMetrics.All);
        foreach (var name in new[] { "compare_table", "compare_pptx_files", "compare_docx_files", "compare_pdfs", "compare_images", "check_structure_sim" })
        {
            Assert.True(registry.Contains(name), name);
        }
    }
}

using Deskbench.Evaluators.Documents.Metrics;
using Deskbench.Evaluators.Documents.Presentations;
using Deskbench.Evaluators.Documents.Tests.Presentations;
using Deskbench.Evaluators.Documents.Tests.Spreadsheets;
using Deskbench.Evaluators.Documents.Tests.Support;
using Deskbench.Evaluators.Documents.Tests.WordProcessing;

namespace Deskbench.Evaluators.Documents.Tests.Packaging;

/// <summary>
/// A real office file of the wrong kind (a LibreOffice-made .docx where a workbook or a deck is expected, a .pptx where a
/// Word document is expected): the package is refused at open (its main part has another content type) and the metric reports an evaluation error that names
/// the metric, the file and the kind it expected; as compare_table's result file it scores 0, as in OSWorld.
/// </summary>
public sealed class WrongPackageTypeTests(SpreadsheetFixture books, DocumentFixture documents, PresentationFixture decks)
    : IClassFixture<SpreadsheetFixture>, IClassFixture<DocumentFixture>, IClassFixture<PresentationFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("deskbench-wrong-type-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>A copy of <paramref name="source"/> under another name (a deck saved as .docx, …).</summary>
    private string Renamed(string source, string name)
    {
        var target = Path.Combine(folder, name);
        File.Copy(source, target, overwrite: true);
        return target;
    }

    private const string SheetNames = """{"rules": [{"type": "sheet_name"}]}""";

    [Fact]
    public void A_word_document_expected_by_compare_table_is_an_error_naming_file_metric_and_kind()
    {
        LibreOffice.Require();
        var docx = documents.PathOf("base.docx");
        var error = Assert.Throws<DocumentReadException>(() => Metric.Score(new CompareTableMetric(), books.PathOf("base.xlsx"), docx, SheetNames));
        Assert.Contains("compare_table", error.Message, StringComparison.Ordinal);
        Assert.Contains(docx, error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a spreadsheet (xlsx) package", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_document_as_the_result_of_compare_table_scores_zero()
    {
        LibreOffice.Require();
        // No rules and no expected book: any workbook that loads scores 1, so 0 here means the Word file was refused.
        Assert.Equal(0.0, Metric.Score(new CompareTableMetric(), documents.PathOf("base.docx"), null, """{"rules": []}"""));
    }

    [Fact]
    public void A_deck_expected_by_compare_docx_files_is_an_error_naming_file_metric_and_kind()
    {
        LibreOffice.Require();
        // compare_docx_files picks its reader by extension (mixed extensions score 0, as in OSWorld), so the deck is named .docx.
        var pptx = Renamed(decks.PathOf("base.pptx"), "deck.docx");
        var error = Assert.Throws<DocumentReadException>(() => Metric.Score(new CompareDocxFilesMetric(), documents.PathOf("base.docx"), pptx));
        Assert.Contains("compare_docx_files", error.Message, StringComparison.Ordinal);
        Assert.Contains(pptx, error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a Word (docx) package", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_document_given_to_compare_pptx_files_is_an_error()
    {
        LibreOffice.Require();
        var docx = documents.PathOf("base.docx");
        var pptx = decks.PathOf("base.pptx");
        var error = Assert.Throws<DocumentReadException>(() => Metric.Score(new ComparePptxFilesMetric(), pptx, docx));
        Assert.Contains("compare_pptx_files", error.Message, StringComparison.Ordinal);
        Assert.Contains(docx, error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a presentation (pptx) package", error.Message, StringComparison.Ordinal);
        // OSWorld's compare_pptx_files loads both decks without a try, so an unreadable result is an error too.
        Assert.Throws<DocumentReadException>(() => Metric.Score(new ComparePptxFilesMetric(), docx, pptx));
        Assert.Equal(1.0, Metric.Score(new ComparePptxFilesMetric(), pptx, pptx));
    }

    [Fact]
    public void The_package_reader_opens_each_kind_only_as_itself()
    {
        LibreOffice.Require();
        Assert.NotEmpty(PptxPresentation.Open("test", decks.PathOf("base.pptx")).Slides);
        var error = Assert.Throws<DocumentReadException>(() => PptxPresentation.Open("test", documents.PathOf("base.docx")));
        Assert.Equal(documents.PathOf("base.docx"), error.FilePath);
    }
}

using Deskbench.Evaluators.Documents.Ocr;
using Deskbench.Evaluators.Python;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_image_text(image_path, rule)</c> (docs.py): reads the text in the image and, for a rule
/// <c>{"type": "text", "text": T}</c>, scores 1 when T occurs in it (case-sensitive substring), else 0. A None/empty path
/// or a file that does not exist scores 0. An X11 window dump (what <c>xwd</c> writes, whatever the file is called) is
/// converted before reading, as OSWorld does.
/// <para>
/// OCR engine: OSWorld uses easyocr and joins its text boxes with spaces; here tesseract reads the image and its lines are
/// joined the same way (<see cref="OcrText.Normalise"/>). The quirk: the two engines misread differently. easyocr tends to
/// read a lone "l" as "1" (hence tasks that also accept "1s" for "ls"); tesseract reads small screen fonts less well
/// (it is trained on ~300 dpi print) and may give "1s", "Is" or "|s"; reading order across columns can differ, which
/// matters only for targets that span text boxes. Verdicts on clean, ordinary-sized text agree; on tiny or stylised text
/// they may not.
/// </para>
/// <para>
/// Errors: OSWorld (current docs.py) catches every OCR failure and scores 0. Here an image that cannot be decoded, a
/// missing tesseract, a failed or timed-out run are evaluation errors naming the metric and the file, so a broken
/// evaluator is never mistaken for a failed task; an unsupported rule type raises ValueError (OSWorld's intent; its
/// broad except turns it into 0).
/// </para>
/// </summary>
public sealed class CompareImageTextMetric : IMetric
{
    private readonly TesseractOcr ocr;
    private readonly ILogger logger;

    public CompareImageTextMetric(TesseractOcr? ocr = null, ILogger<CompareImageTextMetric>? logger = null)
    {
        this.ocr = ocr ?? new TesseractOcr();
        this.logger = logger ?? NullLogger<CompareImageTextMetric>.Instance;
    }

    public string Name => "compare_image_text";

    public async ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        var path = PythonValues.AsString(call.Result);
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            logger.LogInformation("{Metric}: image file not found ({Path}); the score is 0", Name, path);
            return 0;
        }

        var ruleType = PythonValues.AsString(PythonIndexing.GetItem(rule, "type"));
        if (ruleType != "text")
        {
            throw PythonErrorException.ValueError("Unsupported rule type");
        }

        var target = PythonIndexing.GetItem(rule, "text");
        var targetText = PythonValues.AsString(target)
            ?? throw PythonErrorException.TypeError($"'in <string>' requires string as left operand, not {PythonOperators.Describe(target)}");

        var image = OcrImageInput.Prepare(Name, path);
        var text = OcrText.Normalise(await ocr.ReadTextAsync(Name, path, image, cancellationToken));
        var found = text.Contains(targetText, StringComparison.Ordinal);
        logger.LogInformation("{Metric}: OCR text of {Path} is \"{Text}\"; \"{Target}\" {Verdict}", Name, path, text, targetText, found ? "found" : "not found");
        return found ? 1 : 0;
    }
}

using System.Xml.Linq;
using Deskbench.Evaluators.Documents.Packaging;
using DocumentFormat.OpenXml.Packaging;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// An xlsx workbook read the way OSWorld's openpyxl does (<c>load_workbook(path)</c>): sheet names in order, worksheets by
/// name, shared strings and styles. The package, its parts and relationships come from the Open XML SDK; the parts'
/// markup is read as written. Loading never evaluates formulas; cached values are what LibreOffice or Excel wrote.
/// </summary>
internal sealed class XlsxBook : IDisposable
{
    private static readonly XNamespace M = XlsxNames.Main;
    private readonly SpreadsheetDocument document;
    private readonly XDocument workbook;
    private readonly Dictionary<string, XlsxSheet?> sheets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpenXmlPart> sheetParts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> sheetIds = new(StringComparer.Ordinal);
    private XlsxStyles? styles;
    private XDocument? stylesXml;

    private XlsxBook(string metric, string path, SpreadsheetDocument document)
    {
        Metric = metric;
        Path = path;
        this.document = document;
        WorkbookPart = document.WorkbookPart
            ?? throw new DocumentReadException(metric, path, "the package has no workbook part (not a spreadsheet)");
        workbook = OpenXmlPackages.ReadXml(metric, path, WorkbookPart)
            ?? throw new DocumentReadException(metric, path, "the package has no workbook part (not a spreadsheet)");
        var names = new List<string>();
        foreach (var sheet in workbook.Root?.Element(M + "sheets")?.Elements(M + "sheet") ?? [])
        {
            var name = (string?)sheet.Attribute("name") ?? string.Empty;
            names.Add(name);
            sheetIds[name] = (string?)sheet.Attribute("sheetId") ?? string.Empty;
            if (OpenXmlPackages.PartById(WorkbookPart, (string?)sheet.Attribute(XlsxNames.Relationships + "id")) is { } part)
            {
                sheetParts[name] = part;
            }
        }

        SheetNames = names;
        SharedStrings = [.. (OpenXmlPackages.ReadXml(metric, path, WorkbookPart.SharedStringTablePart)?.Root?.Elements(M + "si") ?? [])
            .Select(si => XlsxNames.JoinText(si, M + "t"))];
    }

    public string Metric { get; }

    public string Path { get; }

    /// <summary>The workbook part (its relationships lead to sheets, styles, shared strings and pivot caches).</summary>
    public WorkbookPart WorkbookPart { get; }

    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>The shared strings, rich-text runs joined.</summary>
    public IReadOnlyList<string> SharedStrings { get; }

    public XlsxStyles Styles => styles ??= new XlsxStyles(StylesXml);

    /// <summary>The styles part's XML (null when the workbook has none).</summary>
    public XDocument? StylesXml => stylesXml ??= OpenXmlPackages.ReadXml(Metric, Path, WorkbookPart.WorkbookStylesPart);

    /// <summary>Opens the workbook at <paramref name="path"/>; a file that is no xlsx throws <see cref="DocumentReadException"/>.</summary>
    public static XlsxBook Open(string metric, string path)
    {
        var document = OpenXmlPackages.OpenSpreadsheet(metric, path);
        try
        {
            return new XlsxBook(metric, path, document);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>openpyxl's <c>wb.active</c>: the sheet of workbookView/@activeTab (default the first).</summary>
    public string ActiveSheetName()
    {
        var active = (int?)workbook.Root?.Element(M + "bookViews")?.Element(M + "workbookView")?.Attribute("activeTab") ?? 0;
        return active >= 0 && active < SheetNames.Count ? SheetNames[active] : (SheetNames.Count > 0 ? SheetNames[0] : string.Empty);
    }

    /// <summary>The worksheet named <paramref name="name"/>, or null (openpyxl's KeyError) when there is none.</summary>
    public XlsxSheet? Sheet(string name)
    {
        if (sheets.TryGetValue(name, out var cached))
        {
            return cached;
        }

        XlsxSheet? sheet = null;
        if (sheetParts.TryGetValue(name, out var part))
        {
            sheet = new XlsxSheet(name, part, OpenXmlPackages.ReadXml(Metric, Path, part));
        }

        sheets[name] = sheet;
        return sheet;
    }

    /// <summary>
    /// The worksheet OSWorld's raw readers (<c>read_cell_value</c>, <c>load_sparklines</c>) open for a name. Quirk: they open
    /// <c>xl/worksheets/sheet{sheetId}.xml</c> with zipfile, not the part the relationship names, so a workbook whose sheet
    /// ids do not follow the part names reads the wrong (or no) sheet.
    /// </summary>
    public XlsxSheet? RawSheet(string name)
    {
        if (!sheetIds.TryGetValue(name, out var id))
        {
            return null;
        }

        var partName = "xl/worksheets/sheet" + id + ".xml";
        if (sheetParts.TryGetValue(name, out var related) && related.Uri.OriginalString == "/" + partName)
        {
            return Sheet(name); // the usual case: the part named by the sheet id is the related part, parse it once
        }

        var key = "\u0001raw:" + partName;
        if (sheets.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var part = OpenXmlPackages.PartByName(document, partName);
        var xml = OpenXmlPackages.ReadXml(Metric, Path, part);
        var sheet = part is null || xml is null ? null : new XlsxSheet(name, part, xml);
        sheets[key] = sheet;
        return sheet;
    }

    public void Dispose() => document.Dispose();
}

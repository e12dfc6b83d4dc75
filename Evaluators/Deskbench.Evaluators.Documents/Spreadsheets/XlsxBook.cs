using System.IO.Compression;
using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// An xlsx workbook read the way OSWorld's openpyxl does (<c>load_workbook(path)</c>): sheet names in order, worksheets by
/// name, shared strings and styles. Loading never evaluates formulas; cached values are what LibreOffice or Excel wrote.
/// </summary>
internal sealed class XlsxBook : IDisposable
{
    private static readonly XNamespace M = XlsxNames.Main;
    private readonly Dictionary<string, XlsxSheet?> sheets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> sheetParts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> sheetIds = new(StringComparer.Ordinal);
    private XlsxStyles? styles;

    private XlsxBook(string metric, string path, ZipArchive archive)
    {
        Metric = metric;
        Path = path;
        Archive = archive;
        var workbook = XlsxPackage.ReadXml(metric, path, archive, "xl/workbook.xml")
            ?? throw new DocumentReadException(metric, path, "the package has no xl/workbook.xml (not a spreadsheet)");
        var relationships = PackageRelationships.Read(metric, path, archive, "xl/workbook.xml");
        var names = new List<string>();
        foreach (var sheet in workbook.Root?.Element(M + "sheets")?.Elements(M + "sheet") ?? [])
        {
            var name = (string?)sheet.Attribute("name") ?? string.Empty;
            names.Add(name);
            sheetIds[name] = (string?)sheet.Attribute("sheetId") ?? string.Empty;
            var id = (string?)sheet.Attribute(XlsxNames.Relationships + "id");
            if (id is not null && relationships.TryGetValue(id, out var target))
            {
                sheetParts[name] = target.Target;
            }
        }

        SheetNames = names;
        SharedStrings = [.. (XlsxPackage.ReadXml(metric, path, archive, "xl/sharedStrings.xml")?.Root?.Elements(M + "si") ?? [])
            .Select(si => PackageRelationships.JoinText(si, M + "t"))];
    }

    public string Metric { get; }

    public string Path { get; }

    public ZipArchive Archive { get; }

    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>The shared strings, rich-text runs joined.</summary>
    public IReadOnlyList<string> SharedStrings { get; }

    public XlsxStyles Styles => styles ??= new XlsxStyles(XlsxPackage.ReadXml(Metric, Path, Archive, "xl/styles.xml"));

    /// <summary>Opens the workbook at <paramref name="path"/>; a file that is no xlsx throws <see cref="DocumentReadException"/>.</summary>
    public static XlsxBook Open(string metric, string path)
    {
        var archive = XlsxPackage.OpenZip(metric, path);
        try
        {
            return new XlsxBook(metric, path, archive);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    /// <summary>openpyxl's <c>wb.active</c>: the sheet of workbookView/@activeTab (default the first).</summary>
    public string ActiveSheetName()
    {
        var workbook = XlsxPackage.ReadXml(Metric, Path, Archive, "xl/workbook.xml");
        var active = (int?)workbook?.Root?.Element(M + "bookViews")?.Element(M + "workbookView")?.Attribute("activeTab") ?? 0;
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
        if (sheetParts.TryGetValue(name, out var part) && Archive.GetEntry(part) is not null)
        {
            sheet = new XlsxSheet(name, part, XlsxPackage.ReadXml(Metric, Path, Archive, part));
        }

        sheets[name] = sheet;
        return sheet;
    }

    /// <summary>
    /// The worksheet OSWorld's raw readers (<c>read_cell_value</c>, <c>load_sparklines</c>) open for a name. Quirk: they open
    /// <c>xl/worksheets/sheet{sheetId}.xml</c>, not the part the relationship names, so a workbook whose sheet ids do not
    /// follow the part names reads the wrong (or no) sheet.
    /// </summary>
    public XlsxSheet? RawSheet(string name)
    {
        if (!sheetIds.TryGetValue(name, out var id))
        {
            return null;
        }

        var part = "xl/worksheets/sheet" + id + ".xml";
        if (sheetParts.TryGetValue(name, out var related) && related == part)
        {
            return Sheet(name); // the usual case: the part named by the sheet id is the related part, parse it once
        }

        var key = "\u0001raw:" + part;
        if (sheets.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var document = XlsxPackage.ReadXml(Metric, Path, Archive, part);
        var sheet = document is null ? null : new XlsxSheet(name, part, document);
        sheets[key] = sheet;
        return sheet;
    }

    public void Dispose() => Archive.Dispose();
}

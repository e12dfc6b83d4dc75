using System.Globalization;
using System.Security;
using System.Text;

namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>Writes flat ODF spreadsheets (.fods) as text, for LibreOffice to convert into the formats under test.</summary>
public static class Fods
{
    private const string Header =
        """<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">""";

    /// <summary>A whole document: automatic styles, then the spreadsheet body (validations, tables, pilot tables).</summary>
    public static string Document(string styles, string body) =>
        Header + "<office:automatic-styles>" + styles + "</office:automatic-styles><office:body><office:spreadsheet>" + body
        + "</office:spreadsheet></office:body></office:document>";

    /// <summary>A table whose rows are given as cells (see <see cref="Text"/>, <see cref="Number"/>).</summary>
    public static string Table(string name, params string[][] rows) => TableWith(name, string.Empty, rows);

    /// <summary>A table with extra leading XML (shapes, columns).</summary>
    public static string TableWith(string name, string leading, params string[][] rows)
    {
        var builder = new StringBuilder().Append("<table:table table:name=\"").Append(SecurityElement.Escape(name)).Append("\">").Append(leading);
        foreach (var row in rows)
        {
            builder.Append(row.Length > 0 && row[0].StartsWith("<table:table-row", StringComparison.Ordinal) ? row[0] : "<table:table-row>" + string.Concat(row) + "</table:table-row>");
        }

        return builder.Append("</table:table>").ToString();
    }

    public static string TextCell(string value, string attributes = "") =>
        $"<table:table-cell office:value-type=\"string\" {attributes}><text:p>{SecurityElement.Escape(value)}</text:p></table:table-cell>";

    public static string NumberCell(double value, string attributes = "") =>
        string.Create(CultureInfo.InvariantCulture, $"<table:table-cell office:value-type=\"float\" office:value=\"{value}\" {attributes}><text:p>{value}</text:p></table:table-cell>");

    public static string Empty() => "<table:table-cell/>";

    public static string Covered() => "<table:covered-table-cell/>";

    /// <summary>A cell style with a background, a font colour and bold or not.</summary>
    public static string CellStyle(string name, string background, string color, bool bold) =>
        $"<style:style style:name=\"{name}\" style:family=\"table-cell\"><style:table-cell-properties fo:background-color=\"{background}\"/><style:text-properties fo:color=\"{color}\" fo:font-weight=\"{(bold ? "bold" : "normal")}\"/></style:style>";

    /// <summary>A list validation named <paramref name="name"/> allowing <paramref name="items"/>.</summary>
    public static string ListValidation(string name, string baseCell, params string[] items) =>
        $"<table:content-validations><table:content-validation table:name=\"{name}\" table:condition=\"of:cell-content-is-in-list({string.Join(';', items.Select(i => "&quot;" + i + "&quot;"))})\" table:allow-empty-cell=\"true\" table:base-cell-address=\"{baseCell}\"/></table:content-validations>";

    /// <summary>An embedded chart of class <paramref name="chartClass"/> ("bar", "line" …) over a two-column range.</summary>
    public static string Chart(string chartClass, string title, string sheet, int lastRow) =>
        string.Create(CultureInfo.InvariantCulture, $"""<table:shapes><draw:frame svg:width="8cm" svg:height="6cm" svg:x="6cm" svg:y="1cm"><draw:object><office:document office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.chart"><office:body><office:chart><chart:chart chart:class="chart:{chartClass}" svg:width="8cm" svg:height="6cm"><chart:title><text:p>{title}</text:p></chart:title><chart:plot-area table:cell-range-address="{sheet}.A1:{sheet}.B{lastRow}" chart:data-source-has-labels="both"><chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories table:cell-range-address="{sheet}.A2:{sheet}.A{lastRow}"/></chart:axis><chart:axis chart:dimension="y" chart:name="primary-y"/><chart:series chart:values-cell-range-address="{sheet}.B2:{sheet}.B{lastRow}" chart:label-cell-address="{sheet}.B1" chart:class="chart:{chartClass}"/></chart:plot-area></chart:chart></office:chart></office:body></office:document></draw:object></draw:frame></table:shapes>""");

    /// <summary>A pilot (pivot) table over a two-column source: the first field in <paramref name="orientation"/>, the second summed.</summary>
    public static string PilotTable(string sourceRange, string target, string firstField, string secondField, string orientation) =>
        $"""<table:data-pilot-tables><table:data-pilot-table table:name="DataPilot1" table:target-range-address="{target}"><table:source-cell-range table:cell-range-address="{sourceRange}"/><table:data-pilot-field table:source-field-name="{firstField}" table:orientation="{orientation}"/><table:data-pilot-field table:source-field-name="{secondField}" table:orientation="data" table:function="sum"/></table:data-pilot-table></table:data-pilot-tables>""";
}

using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;
using Deskbench.Evaluators.Metrics;

namespace Deskbench.Evaluators.Tests.Observations;

public sealed class CssSelectorToXPathTests
{
    private const string Tree =
        "<desktop-frame xmlns:attr=\"https://accessibility.ubuntu.example.org/ns/attributes\">" +
        "<application name=\"Google Chrome\">" +
        "<entry name=\"Address and search bar\">example.com</entry>" +
        "<tool-bar attr:id=\"bar\"><label name=\"To\"/><section attr:class=\"address-pill big\"><label attr:class=\"pill-label\" name=\"fox@x.edu\"/></section>" +
        "<section attr:class=\"other\"><label attr:class=\"pill-label\" name=\"no@x.edu\"/></section></tool-bar>" +
        "</application>" +
        "<application name=\"Other\"><entry name=\"Address and search bar\"/></application>" +
        "</desktop-frame>";

    [Theory]
    [InlineData("entry", "descendant-or-self::entry")]
    [InlineData("a > b", "descendant-or-self::a/b")]
    [InlineData("a b", "descendant-or-self::a/descendant-or-self::*/b")]
    [InlineData("a ~ b", "descendant-or-self::a/following-sibling::b")]
    [InlineData("[attr|id=x]", "descendant-or-self::*[@attr:id = 'x']")]
    [InlineData("a[name*=\"o'k\"]", "descendant-or-self::a[@name and contains(@name, \"o'k\")]")]
    [InlineData("a, b", "descendant-or-self::a | descendant-or-self::b")]
    public void Translates_like_cssselect(string css, string xpath)
    {
        Assert.Equal(xpath, CssSelectorToXPath.Translate(css));
    }

    [Theory]
    [InlineData("application[name=Google\\ Chrome] entry[name=Address\\ and\\ search\\ bar]", new[] { "example.com" })]
    [InlineData("tool-bar[attr|id=bar] label[name=To]~[attr|class=\"address-pill big\"]>label[attr|class=\"pill-label\"][name*=\"fox@\"]", new[] { "fox@x.edu" })]
    [InlineData("tool-bar label[name=To]~section>label", new[] { "fox@x.edu", "no@x.edu" })]
    [InlineData("section[attr|class~=address-pill] label", new[] { "fox@x.edu" })]
    [InlineData("label[name^=no]", new[] { "no@x.edu" })]
    [InlineData("label[name$=\"x.edu\"]:first-child", new[] { "fox@x.edu", "no@x.edu" })]
    [InlineData("application:not([name=Other]) > entry", new[] { "example.com" })]
    [InlineData("label[name=To] + section label", new[] { "fox@x.edu" })]
    public void Selects_the_expected_elements(string css, string[] expected)
    {
        var root = XDocument.Parse(Tree).Root!;
        var namespaces = new XmlNamespaceManager(new NameTable());
        namespaces.AddNamespace("attr", "https://accessibility.ubuntu.example.org/ns/attributes");

        var selected = root.XPathSelectElements(CssSelectorToXPath.Translate(css), namespaces)
            .Select(e => e.Name.LocalName == "label" ? (string)e.Attribute("name")! : e.Value);

        Assert.Equal(expected, selected);
    }

    [Theory]
    [InlineData("a[name=")]
    [InlineData("a >")]
    [InlineData("a:hover")]
    [InlineData("a[name=\"open]")]
    public void Malformed_or_unsupported_selectors_are_format_errors(string css)
    {
        Assert.Throws<FormatException>(() => CssSelectorToXPath.Translate(css));
    }
}

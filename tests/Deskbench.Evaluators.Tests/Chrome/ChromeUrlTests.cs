using System.Text.Json.Nodes;
using Deskbench.Core.Web;
using Deskbench.Evaluators.Chrome;

namespace Deskbench.Evaluators.Tests.Chrome;

/// <summary>Unit tier: OSWorld's URL helpers (compare_urls, urlparse) and the URL-parsing getters on known URLs.</summary>
public sealed class ChromeUrlTests
{
    [Theory]
    [InlineData("https://www.example.com/", "https://example.com", true)]
    [InlineData("HTTPS://Example.COM/a", "https://example.com/a", true)]
    [InlineData("example.com", "http://example.com", false)]
    [InlineData("https://example.com/a/", "https://example.com/a", false)]
    [InlineData("https://example.com/?q=1", "https://example.com?q=1", true)]
    [InlineData("https://example.com/?q=1", "https://example.com?q=2", false)]
    [InlineData("http://example.com", "https://example.com", false)]
    public void Compare_urls_normalises_as_osworld(string first, string second, bool equal) =>
        Assert.Equal(equal, ChromeUrlComparison.CompareUrls(first, second));

    [Fact]
    public void Urlparse_and_urlunparse_round_trip_the_parts()
    {
        var parsed = PythonUrl.Parse("HTTPS://host:8080/a/b?x=1&y=2#frag");
        Assert.Equal(new PythonUrl("https", "host:8080", "/a/b", "x=1&y=2", "frag"), parsed);
        Assert.Equal("https://host:8080/a/b?x=1&y=2#frag", parsed.Unparse());
        Assert.Equal("http:///example.com", (PythonUrl.Parse("example.com") with { Scheme = "http" }).Unparse());
    }

    [Fact]
    public void Parse_qs_drops_blank_values_and_decodes()
    {
        var query = PythonUrl.ParseQuery("a=1&a=2&b=&c=hello+world%21&d");
        Assert.Equal(["1", "2"], query["a"]);
        Assert.Equal(["hello world!"], query["c"]);
        Assert.False(query.ContainsKey("b"));
        Assert.False(query.ContainsKey("d"));
    }

    [Theory]
    [InlineData("https://www.google.com/", "google.com")]
    [InlineData("https://www.google.com/search?q=x", "google.com/search?q=x")]
    [InlineData("http://127.0.0.1:8000/page", "127.0.0.1:8000/page")]
    [InlineData("chrome://settings/", "chrome://settings/")]
    [InlineData("about:blank", "about:blank")]
    public void The_omnibox_text_elides_scheme_www_and_a_lone_slash(string url, string text) =>
        Assert.Equal(text, ChromeActiveTab.OmniboxText(url));

    [Fact]
    public void Goto_prefix_is_prepended_to_the_omnibox_text()
    {
        Assert.Equal("https://www.drugs.com/x", ChromeActiveTab.WithPrefix(Spec("""{"goto_prefix": "https://www."}"""), "https://www.drugs.com/x"));
        Assert.Equal("https://drugs.com/x", ChromeActiveTab.WithPrefix(Spec("{}"), "https://www.drugs.com/x"));
    }

    [Fact]
    public void Active_tab_url_parse_extracts_renames_and_splits()
    {
        var url = "https://www.carmax.com/cars?makes=Ford,Honda&price=30000&empty=";
        var spec = Spec("""{"parse_keys": ["makes", "price", "empty"], "replace": {"price": "max_price"}, "split_list": true}""");

        var parsed = ActiveTabUrlParseGetter.Parse(url, spec);

        Assert.Equal("""{"makes":["Ford","Honda"],"empty":[""],"max_price":["30000"]}""", parsed.ToJsonString());
    }

    [Fact]
    public void Url_dash_part_returns_a_string_or_a_keyed_object()
    {
        var url = "https://www.drugs.com/npc/aspirin.html?id=7";
        Assert.Equal("aspirin.html", UrlDashPartGetter.Extract(url, Spec("""{"partIndex": 4, "needDeleteId": true, "returnType": "string"}"""))!.GetValue<string>());
        Assert.Equal("""{"drug":"aspirin.html?id=7"}""",
            UrlDashPartGetter.Extract(url, Spec("""{"partIndex": "4", "returnType": "json", "key": "drug"}"""))!.ToJsonString());
        Assert.Null(UrlDashPartGetter.Extract(url, Spec("""{"partIndex": 9, "returnType": "string"}""")));
        Assert.Null(UrlDashPartGetter.Extract(url, Spec("""{"partIndex": 1, "returnType": "xml"}""")));
    }

    [Fact]
    public void Url_path_parse_reads_macys_listing_facets()
    {
        var url = "https://www.macys.com/shop/mens-clothing/mens-shirts/Men_regular_size_t,Price_discount_range,Sleeve_length/M,50_PERCENT_%20off%20%26%20more,Short%20Sleeve?id=20626";
        var parsed = UrlPathParseGetter.Parse(url, Spec("""{"parse_keys": ["Men_regular_size_t", "Price_discount_range", "Sleeve_length"]}"""));

        Assert.True(parsed["mens_clothing"]!.GetValue<bool>());
        Assert.True(parsed["shirts"]!.GetValue<bool>());
        Assert.True(parsed["short_sleeve"]!.GetValue<bool>());
        Assert.Equal("M", parsed["Men_regular_size_t"]!.GetValue<string>());
        Assert.Equal("50_PERCENT_ off & more", parsed["Price_discount_range"]!.GetValue<string>());
        Assert.Equal("Short Sleeve", parsed["Sleeve_length"]!.GetValue<string>());

        var other = UrlPathParseGetter.Parse("https://www.macys.com/shop/womens", Spec("""{"parse_keys": ["Men_regular_size_t"]}"""));
        Assert.Null(other["mens_clothing"]);
        Assert.Null(other["Men_regular_size_t"]);
    }

    private static JsonObject Spec(string json) => JsonNode.Parse(json)!.AsObject();
}

using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Deskbench.Guest.Tests.Accessibility;

/// <summary>Reads trees for the tests: <c>GET /accessibility</c> parsed, and helpers over OSWorld's XML.</summary>
internal static class AccessibilityXml
{
    public const string Base = "https://accessibility.ubuntu.example.org/ns/";
    public static readonly XNamespace St = Base + "state";
    public static readonly XNamespace Attr = Base + "attributes";
    public static readonly XNamespace Cp = Base + "component";
    public static readonly XNamespace Val = Base + "value";
    public static readonly XNamespace Act = Base + "action";

    public static async Task<string> GetRawAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/accessibility", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/accessibility answered {(int)response.StatusCode}: {body}");
        return (string)JsonNode.Parse(body)!["AT"]!;
    }

    public static async Task<XElement> GetAsync(HttpClient client) => XElement.Parse(await GetRawAsync(client));

    /// <summary>The application elements whose subtree has a frame named <paramref name="frameName"/> (or containing it).</summary>
    public static XElement? ApplicationWithFrame(XElement root, Func<string, bool> frameName) =>
        root.Elements().FirstOrDefault(application =>
            application.Descendants("frame").Any(frame => frameName((string?)frame.Attribute("name") ?? "")));

    /// <summary>Polls the tree until <paramref name="found"/> gives an element, or fails after <paramref name="timeout"/>.</summary>
    public static async Task<XElement> WaitForAsync(HttpClient client, Func<XElement, XElement?> found, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var root = await GetAsync(client);
            if (found(root) is { } element)
            {
                return element;
            }

            Assert.True(DateTime.UtcNow < deadline, $"timed out after {timeout.TotalSeconds:0} s waiting for {what}");
            await Task.Delay(300, TestContext.Current.CancellationToken);
        }
    }

    public static string? Get(XElement element, XName name) => (string?)element.Attribute(name);
}

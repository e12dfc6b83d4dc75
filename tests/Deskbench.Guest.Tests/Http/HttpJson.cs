using System.Net;
using System.Text.Json.Nodes;

namespace Deskbench.Guest.Tests.Http;

/// <summary>Small helpers to talk to the guest with raw HTTP, as OSWorld's client does.</summary>
internal static class HttpJson
{
    public static async Task<(HttpStatusCode Status, string Body)> PostJsonAsync(this HttpClient client, string path, JsonNode body)
    {
        using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(path.TrimStart('/'), content, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static async Task<(HttpStatusCode Status, string Body)> GetTextAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path.TrimStart('/'), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static JsonObject Object(string json) => JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException("not an object: " + json);

    public static async Task<JsonObject> ExecuteAsync(this HttpClient client, JsonObject body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (status, text) = await client.PostJsonAsync("/execute", body);
        Assert.True(status == expected, $"/execute answered {(int)status}: {text}");
        return Object(text);
    }

    public static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not happen within {timeout}");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Anthropic;
using Anthropic.Core;
using Anthropic.Exceptions;
using Anthropic.Models.Beta.Messages;

namespace Deskbench.Agents.Anthropic;

/// <summary>
/// Sends Messages API requests through the official SDK (its retries, backoff and retry-after handling, auth and base
/// URL) with a JSON body built by the agent, and returns the message as JSON. SDK errors become <see cref="ModelServiceException"/>
/// carrying the vendor's message.
/// </summary>
internal sealed class AnthropicMessagesCaller : IDisposable
{
    private readonly AnthropicClient _client;

    public AnthropicMessagesCaller(AnthropicAgentSettings settings, string apiKey)
    {
        var options = new ClientOptions { ApiKey = apiKey, MaxRetries = settings.MaxRetries, Timeout = settings.RequestTimeout };
        if (settings.BaseUrl is { Length: > 0 } baseUrl)
        {
            options.BaseUrl = baseUrl;
        }

        _client = new AnthropicClient(options);
    }

    public async Task<JsonObject> CreateAsync(JsonObject body, string betaHeader, CancellationToken cancellationToken)
    {
        var raw = body.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value));
        var headers = new Dictionary<string, JsonElement> { ["anthropic-beta"] = JsonSerializer.SerializeToElement(new[] { betaHeader }) };
        var parameters = MessageCreateParams.FromRawUnchecked(headers, new Dictionary<string, JsonElement>(), raw);
        try
        {
            var message = await _client.Beta.Messages.Create(parameters, cancellationToken);
            return JsonSerializer.SerializeToNode(message.RawData) as JsonObject
                ?? throw new ModelServiceException("anthropic: the response is not a JSON object");
        }
        catch (AnthropicApiException e)
        {
            throw new ModelServiceException($"anthropic: HTTP {(int)e.StatusCode}: {e.ApiMessage ?? e.ResponseBody ?? e.Message}", e) { StatusCode = (int)e.StatusCode };
        }
        catch (AnthropicException e)
        {
            throw new ModelServiceException($"anthropic: {e.Message}", e);
        }
    }

    public void Dispose() => _client.Dispose();
}

using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using OpenAI;

namespace Deskbench.Agents.OpenAI;

/// <summary>The official SDK's client for the settings (base URL, retries with backoff, timeout), and its errors turned into <see cref="ModelServiceException"/>.</summary>
internal static class OpenAIClients
{
    public static OpenAIClient Create(OpenAIAgentSettings settings, string apiKey)
    {
        var options = new OpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(settings.MaxRetries),
            NetworkTimeout = settings.RequestTimeout,
        };
        if (settings.BaseUrl is { Length: > 0 } baseUrl)
        {
            options.Endpoint = new Uri(baseUrl);
        }

        return new OpenAIClient(new ApiKeyCredential(apiKey), options);
    }

    /// <summary>The vendor's <c>error.message</c> from a failed call, with the HTTP status.</summary>
    public static ModelServiceException Failure(ClientResultException e)
    {
        var message = e.Message;
        try
        {
            var body = e.GetRawResponse()?.Content?.ToString();
            if (!string.IsNullOrEmpty(body))
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                    && error.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    message = text.GetString() ?? message;
                }
            }
        }
        catch (JsonException)
        {
            // not JSON: keep the SDK's message
        }

        return new ModelServiceException($"openai: HTTP {e.Status}: {message}", e) { StatusCode = e.Status == 0 ? null : e.Status };
    }
}

using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json.Nodes;
using OpenAI.Responses;

#pragma warning disable OPENAI001 // the Responses client is marked experimental in the SDK; the computer-use agent needs it

namespace Deskbench.Agents.OpenAI;

/// <summary>
/// Sends Responses API requests through the official SDK's protocol method (its auth, base URL, retries with backoff
/// and retry-after) with a JSON body built by the agent, so both the preview and the GA computer tool are expressible,
/// and returns the response as JSON.
/// </summary>
internal sealed class OpenAIResponsesCaller(ResponsesClient client)
{
    public static OpenAIResponsesCaller Create(OpenAIAgentSettings settings, string apiKey)
    {
        var options = new ResponsesClientOptions { RetryPolicy = new ClientRetryPolicy(settings.MaxRetries), NetworkTimeout = settings.RequestTimeout };
        if (settings.BaseUrl is { Length: > 0 } baseUrl)
        {
            options.Endpoint = new Uri(baseUrl);
        }

        return new OpenAIResponsesCaller(new ResponsesClient(new ApiKeyCredential(apiKey), options));
    }

    public async Task<JsonObject> CreateAsync(JsonObject body, CancellationToken cancellationToken)
    {
        try
        {
            var result = await client.CreateResponseAsync(BinaryContent.Create(BinaryData.FromString(body.ToJsonString())), new RequestOptions { CancellationToken = cancellationToken });
            return JsonNode.Parse(result.GetRawResponse().Content.ToString()) as JsonObject
                ?? throw new ModelServiceException("openai: the response is not a JSON object");
        }
        catch (ClientResultException e)
        {
            throw OpenAIClients.Failure(e);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Deskbench.Guest.Http;

/// <summary>The native <c>POST /actions</c>: <c>{"actions":[DesktopAction…]}</c> → <c>{"outcomes":[ActionOutcome…]}</c>.</summary>
internal static class ActionEndpoints
{
    public static void MapActionEndpoints(this IEndpointRouteBuilder app) => app.MapPost(GuestProtocol.ActionsPath, RunAsync);

    private static async Task<IResult> RunAsync(HttpRequest request, GuestServices services, CancellationToken cancellationToken)
    {
        if (await RequestBodies.ReadJsonObjectAsync(request, cancellationToken).ConfigureAwait(false) is not { } body
            || body["actions"] is not JsonArray actions)
        {
            return RequestBodies.Error("the body must be {\"actions\": [...]}", StatusCodes.Status400BadRequest);
        }

        var outcomes = await ActionBatchRunner.RunAsync(actions, services.Backend.Input, services.TimeProvider, cancellationToken)
            .ConfigureAwait(false);
        return Results.Text(JsonSerializer.Serialize(new ActionBatchResult(outcomes), GuestJson.Options), "application/json");
    }
}

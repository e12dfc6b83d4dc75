using System.Text.Json.Nodes;
using Deskbench.Guest.Compat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Http;

/// <summary>OSWorld's <c>/execute</c>, <c>/setup/execute</c> and <c>/setup/launch</c>.</summary>
internal static class CommandEndpoints
{
    public static void MapCommandEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/execute", ExecuteAsync);
        app.MapPost("/setup/execute", ExecuteAsync);
        app.MapPost("/setup/launch", LaunchAsync);
    }

    /// <summary>
    /// Runs to completion: <c>{status:"success", output, error, returncode}</c>, or 500 <c>{status:"error", message}</c>.
    /// With <c>--compat osworld</c>, OSWorld's <c>python -c "import pyautogui; …"</c> runs in-process (<see cref="InProcessPyAutoGui"/>).
    /// </summary>
    private static async Task<IResult> ExecuteAsync(HttpRequest request, GuestServices services, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        if (await RequestBodies.ReadJsonObjectAsync(request, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return RequestBodies.BadJson();
        }

        try
        {
            var command = GuestCommandLine.Parse(body, services.Environment);
            var timeout = command.Timeout ?? services.Options.EffectiveCommandTimeout;
            var result = services.Options.Compatibility == GuestCompatibility.OsWorld && PyAutoGuiCommand.CodeOf(command) is { } code
                ? await new InProcessPyAutoGui(services.Backend.Input, services.Commands, loggerFactory.CreateLogger<InProcessPyAutoGui>())
                    .RunAsync(command, code, timeout, cancellationToken).ConfigureAwait(false)
                : await services.Commands.RunAsync(command, timeout, cancellationToken).ConfigureAwait(false);
            return RequestBodies.Json(new JsonObject
            {
                ["status"] = "success",
                ["output"] = result.Output,
                ["error"] = result.Error,
                ["returncode"] = result.ReturnCode,
            });
        }
        catch (Exception exception) when (exception is GuestCommandException or FormatException)
        {
            return CommandError(exception.Message);
        }
    }

    /// <summary>Starts without waiting: text <c>"&lt;command&gt; launched successfully"</c>, or 500 <c>{status:"error", message}</c>.</summary>
    private static async Task<IResult> LaunchAsync(HttpRequest request, GuestServices services, CancellationToken cancellationToken)
    {
        if (await RequestBodies.ReadJsonObjectAsync(request, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return RequestBodies.BadJson();
        }

        try
        {
            var command = GuestCommandLine.Parse(body, services.Environment);
            services.Launched.Launch(command);
            return RequestBodies.Text($"{command.Description} launched successfully");
        }
        catch (Exception exception) when (exception is GuestCommandException or FormatException)
        {
            return CommandError(exception.Message);
        }
    }

    private static IResult CommandError(string message) =>
        RequestBodies.Json(new JsonObject { ["status"] = "error", ["message"] = message }, StatusCodes.Status500InternalServerError);
}

using System.Security.Cryptography;
using System.Text;
using Deskbench.Core.Guest;
using Microsoft.AspNetCore.Http;

namespace Deskbench.Guest.Http;

/// <summary>Middleware refusing (401) every request whose <c>X-Deskbench-Token</c> header is not the guest's secret.</summary>
internal sealed class TokenCheck(string token)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(token);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (IsAuthorized(context.Request.Headers[GuestProtocol.TokenHeader].ToString()))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"error\":\"missing or wrong {GuestProtocol.TokenHeader} header\"}}", context.RequestAborted)
            .ConfigureAwait(false);
    }

    private bool IsAuthorized(string presented) =>
        presented.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _expected);
}

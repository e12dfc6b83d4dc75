using System.Net;
using Deskbench.Core.Guest;

namespace Deskbench.Guest.Tests.Http;

[Collection(GuestDesktopCollection.Name)]
public sealed class TokenTests(GuestDesktopFixture desktop)
{
    [Fact]
    public async Task Request_without_token_is_refused_with_401()
    {
        desktop.RequireDesktop();
        var (status, _) = await desktop.Anonymous.GetTextAsync("/platform");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        var (executeStatus, _) = await desktop.Anonymous.PostJsonAsync("/execute", new System.Text.Json.Nodes.JsonObject { ["command"] = "true" });
        Assert.Equal(HttpStatusCode.Unauthorized, executeStatus);
    }

    [Fact]
    public async Task Request_with_wrong_token_is_refused_with_401()
    {
        desktop.RequireDesktop();
        using var request = new HttpRequestMessage(HttpMethod.Get, "platform");
        request.Headers.Add(GuestProtocol.TokenHeader, desktop.Token + "x");
        using var response = await desktop.Anonymous.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_with_token_is_served()
    {
        desktop.RequireDesktop();
        var (status, body) = await desktop.Client.GetTextAsync("/platform");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Linux", body);
    }
}

namespace GaiEval.Tests.Support;

using System.Net;
using Microsoft.AspNetCore.Http;

public sealed class LoopbackServerTests
{
    [Fact]
    public async Task Serves_on_loopback_and_records_what_it_received()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async (context, request) =>
        {
            context.Response.StatusCode = 201;
            await context.Response.WriteAsync("受け付けました: " + request.Body);
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using HttpResponseMessage response = await http.PostAsync("v1/echo?x=1", new StringContent("住民票"));

        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("住民票", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        ReceivedRequest received = Assert.Single(server.Received);
        Assert.Equal(("POST", "/v1/echo?x=1"), (received.Method, received.PathAndQuery));
    }
}

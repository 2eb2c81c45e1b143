namespace LiveDesk.Sandbox;

// The route table. Every API request first passes GateAsync (count, latency, throttles); a path that matches
// no route is 404, a known path with another method 405 with Allow, both with JSON bodies like Rails'.
public sealed partial class SandboxServer
{
    /// <summary>The order of the 405 catch-alls: after the real endpoints of the same path, before the 404 fallback.</summary>
    private const int MethodNotAllowedOrder = 1;

    /// <summary>Endpoints from this order on are fallbacks (the case check does not apply to them).</summary>
    private const int FallbackOrder = 1000;

    private const string InspectionRoutes =
        "GET /_sandbox/contacts, GET /_sandbox/conversations, GET /_sandbox/messages[?conversation_id=N], GET /_sandbox/stats, POST /_sandbox/reset, POST /_sandbox/seed, GET|POST /_sandbox/config, POST /_sandbox/contacts/{id}/labels";

    private void MapRoutes(WebApplication app)
    {
        app.Use(GateAsync);

        // the API (auth inside each handler, after the gate)
        app.MapPost(ContactsPath, CreateAsync);
        app.MapGet(ContactsPath, ListAsync);
        Allow(app, ContactsPath, "GET, POST");
        app.MapMethods(ContactsPath + "/{id}", new[] { HttpMethods.Patch, HttpMethods.Put }, ctx => UpdateAsync(ctx, RouteValue(ctx, "id")));
        Allow(app, ContactsPath + "/{id}", "PATCH, PUT");
        app.MapPost(ConversationsPath, ctx => CreateWithFaultsAsync(ctx, FaultEndpoints.Conversations, ProcessCreateConversationAsync));
        Allow(app, ConversationsPath, "POST");
        app.MapPost(ConversationsPath + "/{id}/messages", CreateMessageAsync);
        Allow(app, ConversationsPath + "/{id}/messages", "POST");

        // inspection
        app.MapGet("/_sandbox/contacts", ctx => SendInspectionAsync(ctx, 200, WriteContactsJson));
        app.MapGet("/_sandbox/conversations", ctx => SendInspectionAsync(ctx, 200, WriteConversationsJson));
        app.MapGet("/_sandbox/messages", SendMessagesAsync);
        app.MapGet("/_sandbox/stats", ctx => SendInspectionAsync(ctx, 200, WriteStatsJson));
        app.MapPost("/_sandbox/reset", ResetAsync);
        app.MapPost("/_sandbox/seed", SeedAsync);
        app.MapPost("/_sandbox/contacts/{id}/labels", ctx => SetLabelsAsync(ctx, RouteValue(ctx, "id")));
        app.MapGet("/_sandbox/config", ctx => SendInspectionAsync(ctx, 200, WriteConfigJson));
        app.MapPost("/_sandbox/config", ConfigureAsync);
        foreach (var path in new[] { "/_sandbox/contacts", "/_sandbox/conversations", "/_sandbox/messages", "/_sandbox/stats" }) Allow(app, path, "GET", count: false);
        Allow(app, "/_sandbox/reset", "POST", count: false);
        Allow(app, "/_sandbox/seed", "POST", count: false);
        Allow(app, "/_sandbox/contacts/{id}/labels", "POST", count: false);
        Allow(app, "/_sandbox/config", "GET, POST", count: false);

        app.MapFallback("/_sandbox/{**rest}", ctx => SendAsync(ctx, 404, JsonType, ErrorBody("Unknown sandbox route. Known: " + InspectionRoutes), count: false))
            .WithOrder(FallbackOrder);
        app.MapFallback(ctx => SendAsync(ctx, 404, JsonType, NotFoundRoute)).WithOrder(FallbackOrder);
    }

    /// <summary>Every other method on <paramref name="pattern"/>: 405 with Allow (ASP.NET Core's own 405 has no body and skips the counters).</summary>
    private void Allow(WebApplication app, string pattern, string allow, bool count = true) =>
        app.Map(pattern, ctx =>
        {
            ctx.Response.Headers.Allow = allow;
            return SendAsync(ctx, 405, JsonType, MethodNotAllowed, count);
        }).WithOrder(MethodNotAllowedOrder);

    private Task CreateMessageAsync(HttpContext ctx)
    {
        var id = RouteValue(ctx, "id");
        return CreateWithFaultsAsync(ctx, FaultEndpoints.Messages, c => ProcessCreateMessageAsync(c, id));
    }

    private static string RouteValue(HttpContext ctx, string name) => ctx.Request.RouteValues[name] as string ?? string.Empty;
}

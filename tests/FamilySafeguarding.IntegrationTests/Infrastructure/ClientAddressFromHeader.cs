using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>
/// The test host has no network, so every request comes from no address. A request carrying <see cref="Header"/> comes
/// from the address it names, as if from another computer: the throttling tests sign in "from" different addresses.
/// Test-only: the app itself takes the address from the connection.
/// </summary>
public sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;

namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>
/// Kestrel gives each request its raw target, the path with its query string, as the client sent it; the test host
/// leaves it empty. Set here as Kestrel would, so that anything reading it (a request log line, say) is tested with the
/// query string in it, as it would be in production. Test-only.
/// </summary>
public sealed class RawTargetAsKestrelSetsIt : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Features.Get<IHttpRequestFeature>() is { RawTarget.Length: 0 } request)
            {
                request.RawTarget = context.Request.GetEncodedPathAndQuery();
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}

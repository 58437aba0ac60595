using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using FamilySafeguarding.Application;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Web.Infrastructure.Security;

/// <summary>Whose attempts a throttled POST counts as, besides its client address's.</summary>
public enum ThrottledAccount
{
    /// <summary>The account with the email address in the form (sign-in), or that address if it has none.</summary>
    SubmittedEmail,

    /// <summary>The account that passed the password step (the second-factor steps' cookie).</summary>
    TwoFactorUser,

    /// <summary>The account named by the form's <c>UserId</c> (set-password).</summary>
    PostedUserId,

    /// <summary>The signed-in account (pages that re-check the password).</summary>
    SignedInUser,
}

/// <summary>Marks a POST action whose attempts are throttled per client address and per account at that address.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SignInThrottledAttribute(ThrottledAccount account) : Attribute
{
    public ThrottledAccount Account { get; } = account;
}

/// <summary>
/// Throttling of guessable steps with ASP.NET Core's rate limiter (ADR-019): fixed windows per client address and per
/// account at that address, so a flood from one address never stops the person signing in from another, and an
/// unknown address is throttled exactly as a real one is. The account is worked out before the limiter runs (reading
/// the form or a cookie, or one indexed query), so the limiter's partitioning does no I/O.
/// </summary>
public static partial class SignInThrottling
{
    /// <summary>Identity's limit on an email address; a longer one (or one with a NUL) matches no account and is not looked up.</summary>
    private const int MaxEmailLength = 256;

    private const string NoLimit = "";

    private static readonly object KeyItem = new();

    public static IServiceCollection AddSignInThrottling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInThrottleSettings>()
            .Bind(configuration.GetSection(SignInThrottleSettings.Section))
            .Validate(
                s => s.SignInAttemptsPerAccount >= 1 && s.SignInAttemptsPerAddress >= s.SignInAttemptsPerAccount && s.SignInThrottleMinutes >= 1,
                "Authentication:SignInAttemptsPerAccount and SignInThrottleMinutes must be 1 or more, and SignInAttemptsPerAddress at least SignInAttemptsPerAccount.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInThrottleSettings>>((o, settings) => Configure(o, settings.Value));
        return services;
    }

    /// <summary>After authentication (the re-authenticating pages throttle the signed-in account) and routing.</summary>
    public static IApplicationBuilder UseSignInThrottling(this IApplicationBuilder app) =>
        app.Use(ResolveKeyAsync).UseRateLimiter();

    private static void Configure(RateLimiterOptions options, SignInThrottleSettings settings)
    {
        var window = TimeSpan.FromMinutes(settings.SignInThrottleMinutes);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        // The account's limit first: a chain stops at the first refusal, so attempts refused for one account do not use
        // up the address's allowance (the middleware asks a refusing limiter twice, so each refusal would cost it two).
        options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            Limiter(key => key.Address + "|" + key.Account, settings.SignInAttemptsPerAccount, window),
            Limiter(key => key.Address, settings.SignInAttemptsPerAddress, window));

        // The status code page (Features/Errors) says how long to wait, the same for every account.
        options.OnRejected = (context, _) =>
        {
            var http = context.HttpContext;
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
            http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInThrottling).FullName!);
            LogThrottled(logger, http.Request.Path.Value ?? "/", (http.Items[KeyItem] as ThrottleKey)?.UserId);
            return ValueTask.CompletedTask;
        };
    }

    private static PartitionedRateLimiter<HttpContext> Limiter(Func<ThrottleKey, string> partition, int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => context.Items[KeyItem] is ThrottleKey key
            ? RateLimitPartition.GetFixedWindowLimiter(partition(key), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(NoLimit));

    private static async Task ResolveKeyAsync(HttpContext context, RequestDelegate next)
    {
        // A status page re-executed for a throttled request runs this again, and is not itself throttled.
        context.Items.Remove(KeyItem);
        if (HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<SignInThrottledAttribute>() is { } throttled)
        {
            var (account, userId) = await AccountAsync(context, throttled.Account);
            context.Items[KeyItem] = new ThrottleKey(AddressKey(context.Connection.RemoteIpAddress), account, userId);
        }

        await next(context);
    }

    private static async Task<(string Key, Guid? UserId)> AccountAsync(HttpContext context, ThrottledAccount account)
    {
        var userId = account switch
        {
            ThrottledAccount.SignedInUser => ParseId(context.User.FindFirstValue(ClaimTypes.NameIdentifier)),
            ThrottledAccount.TwoFactorUser => ParseId((await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme)).Principal?.FindFirstValue(ClaimTypes.Name)),
            ThrottledAccount.PostedUserId => ParseId(await FormValueAsync(context, "UserId")),
            _ => null,
        };
        if (account != ThrottledAccount.SubmittedEmail)
        {
            return (userId is { } id ? "user:" + id : "none", userId);
        }

        var email = (await FormValueAsync(context, "Email"))?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            return ("none", null);
        }

        var normalised = context.RequestServices.GetRequiredService<ILookupNormalizer>().NormalizeEmail(email) ?? email;
        if (normalised.Length <= MaxEmailLength && !normalised.Contains('\0', StringComparison.Ordinal))
        {
            var db = context.RequestServices.GetRequiredService<IAppDbContext>();
            var found = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalised).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(context.RequestAborted);
            if (found is { } id)
            {
                return ("user:" + id, id);
            }
        }

        // An address with no account is counted as an account would be; the key keeps no address in memory.
        return ("email:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalised))), null);
    }

    private static async Task<string?> FormValueAsync(HttpContext context, string field)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return form.TryGetValue(field, out var values) && values.Count > 0 ? values[0] : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return null; // a broken body is answered by the action's model binding; it counts against its address
        }
    }

    private static Guid? ParseId(string? value) => Guid.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The client's address; an IPv6 client is given a whole /64, so it counts as one.</summary>
    private static string AddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "address:none";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            bytes.AsSpan(8).Clear();
            address = new IPAddress(bytes);
        }

        return "address:" + address;
    }

    [LoggerMessage(EventId = 4291, Level = LogLevel.Warning, Message = "Security: too many attempts, refused POST {Path} (account {UserId})")]
    private static partial void LogThrottled(ILogger logger, string path, Guid? userId);

    private sealed record ThrottleKey(string Address, string Account, Guid? UserId);
}

using System.Globalization;
using FamilySafeguarding.Application.Accounts;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Infrastructure.Security;

public static class IdentitySetup
{
    /// <summary>
    /// OWASP's Password Storage Cheat Sheet asks for 210,000+ iterations of PBKDF2 with HMAC-SHA512, the PRF ASP.NET Core
    /// Identity's v3 hash format uses. Stored hashes carry their count, so older hashes are upgraded at the next sign-in.
    /// </summary>
    public const int PasswordHashIterations = 240_000;

    private const string SecureCookieName = "__Host-FamilySafeguarding";
    private const string PlainCookieName = "FamilySafeguarding";
    public const string SignedInAtItem = "fs:signed-in-at";

    public static IServiceCollection AddAppIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SessionSettings>().Bind(configuration.GetSection(SessionSettings.Section));
        services.AddOptions<PasswordPolicyOptions>().Bind(configuration.GetSection(PasswordPolicyOptions.Section));
        var session = configuration.GetSection(SessionSettings.Section).Get<SessionSettings>() ?? new SessionSettings();
        var cookieName = CookieName(session);
        var securePolicy = session.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        services
            .AddIdentity<AppUser, IdentityRole<Guid>>(options =>
            {
                // NCSC and OWASP ASVS 5.0: length, not composition; a deny-list instead of rules. No lockout per account:
                // anyone could lock a named worker out with it; attempts are throttled instead (SignInThrottling, ADR-019).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = false;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Tokens.AuthenticatorTokenProvider = ReplayGuardedAuthenticatorTokenProvider.Name;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<AppUserStore>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ReplayGuardedAuthenticatorTokenProvider>(ReplayGuardedAuthenticatorTokenProvider.Name)
            .AddPasswordValidator<CommonPasswordValidator<AppUser>>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddErrorDescriber<AppIdentityErrorDescriber>()
            .AddUserManager<AppUserManager>()
            .AddSignInManager<AppSignInManager>();
        services.AddScoped<UnknownAccountPasswordCheck>();

        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));

        // Disabling an account or changing someone's role renews their security stamp; sessions check it every minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, time) => o.TimeProvider = time);

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = cookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(session.IdleTimeoutMinutes);
            o.SlidingExpiration = true;
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/error/403";
            o.ReturnUrlParameter = "returnUrl";
            o.Events.OnSigningIn = context =>
            {
                var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                context.Properties.IsPersistent = false;
                if (!context.Properties.Items.ContainsKey(SignedInAtItem))
                {
                    context.Properties.Items[SignedInAtItem] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
                }

                return Task.CompletedTask;
            };
            o.Events.OnValidatePrincipal = async context =>
            {
                var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                var signedInAt = context.Properties.Items.TryGetValue(SignedInAtItem, out var value)
                    && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : (DateTimeOffset?)null;
                if (signedInAt is null || time.GetUtcNow() - signedInAt > TimeSpan.FromHours(session.AbsoluteSessionHours))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };

            // A refusal is a 403 page, not a redirect: the person is signed in and should see why.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((o, time) => o.TimeProvider = time);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = cookieName + ".2fa";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = cookieName + ".af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
        });
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = cookieName + ".td";
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
        });
        return services;
    }

    /// <summary>The sign-in cookie's name: __Host- prefixed (Secure, whole site, this host only) unless secure cookies are off.</summary>
    public static string CookieName(SessionSettings session) => session.SecureCookies ? SecureCookieName : PlainCookieName;
}

using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Infrastructure.Persistence;
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

    public static IServiceCollection AddAppIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SessionSettings>().Bind(configuration.GetSection(SessionSettings.Section))
            .Validate(s => s.IdleTimeoutMinutes is >= 1 and <= 24 * 60, "Authentication:IdleTimeoutMinutes must be from 1 to 1440 minutes.")
            .Validate(s => s.AbsoluteSessionHours is >= 1 and <= 24, "Authentication:AbsoluteSessionHours must be from 1 to 24 hours.")
            .ValidateOnStart();
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

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = cookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(session.IdleTimeoutMinutes);

            // Server-side sessions (ADR-017): the cookie holds only the session's id, and every request checks the session's
            // row, which enforces the idle and absolute limits and is ended by sign-out and by the account changes that
            // end sessions. The cookie itself is never slid or refreshed, and Identity's security stamp validator (every
            // 30 minutes by default) is replaced by the store's check of the stamp on every request.
            o.SessionStore = new SessionTicketStore();
            o.SlidingExpiration = false;
            o.Events.OnValidatePrincipal = _ => Task.CompletedTask;
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/error/403";
            o.ReturnUrlParameter = "returnUrl";
            o.Events.OnSigningIn = context =>
            {
                context.Properties.IsPersistent = false;
                return Task.CompletedTask;
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

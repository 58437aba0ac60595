using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.SignIn;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// The data-protection key ring lives in the database (ADR-022): every instance on the database shares it, and with
/// DataProtection:CertificatePath set its keys are encrypted there, so a copy of the database alone (an app on it
/// without the certificate) can neither read what the app protected nor pass off a sign-in cookie.
/// </summary>
public sealed class KeyRingTests
{
    private const string Purpose = "KeyRingTests";
    private const string Secret = "a payload only the key ring can open";
    private const string UnencryptedWarning = "DataProtection:CertificatePath is not set";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoInstancesOnOneDatabase_ReadEachOthersCookiesTokensAndPayloads(string provider)
    {
        await using var first = await AppFactory.StartAsync(provider);
        var user = await first.Data.UserInRoleAsync(JobRole.SocialWorker, await first.Data.OrganisationAsync());
        var (_, copy) = await first.SignInKeepingACopyAsync(user);
        var protectedByFirst = Protector(first).Protect(Secret);
        var (antiforgeryCookie, antiforgeryToken) = await AntiforgeryFromAsync(first, copy.Cookie);

        await using var second = await first.StartAnotherOnTheSameDatabaseAsync();

        Assert.Equal(Secret, Protector(second).Unprotect(protectedByFirst));
        Assert.Equal(HttpStatusCode.OK, (await new CopiedSession(second.BareClient(), copy.Cookie).GetAsync("/teams")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await KeepAliveAsync(second, copy.Cookie, antiforgeryCookie, antiforgeryToken)).StatusCode);
        Assert.Equal(Secret, Protector(first).Unprotect(Protector(second).Protect(Secret)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WithACertificate_TheStoredKeysAreEncrypted_AndSigningInWorksOnEveryInstanceWithIt(string provider)
    {
        using var certificate = new TestCertificate();
        await using var first = await AppFactory.StartAsync(provider, certificate.Settings());
        var user = await first.Data.UserInRoleAsync(JobRole.SocialWorker, await first.Data.OrganisationAsync());
        var (client, copy) = await first.SignInKeepingACopyAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/teams")).StatusCode);

        var keys = await StoredKeysAsync(first);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });

        // A second instance with the same certificate reads the keys from the database, not from the first one's memory.
        await using var second = await first.StartAnotherOnTheSameDatabaseAsync(certificate.Settings());
        Assert.Equal(HttpStatusCode.OK, (await new CopiedSession(second.BareClient(), copy.Cookie).GetAsync("/teams")).StatusCode);
        Assert.Equal(Secret, Protector(second).Unprotect(Protector(first).Protect(Secret)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ACopyOfTheDatabaseAlone_CannotReadWhatTheAppProtected_NorUseItsSessionCookie(string provider)
    {
        using var certificate = new TestCertificate();
        await using var app = await AppFactory.StartAsync(provider, certificate.Settings());
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker, await app.Data.OrganisationAsync());
        var (_, copy) = await app.SignInKeepingACopyAsync(user);
        var protectedByApp = Protector(app).Protect(Secret);

        await using var withoutCertificate = await app.StartAnotherOnTheSameDatabaseAsync();

        Assert.ThrowsAny<CryptographicException>(() => Protector(withoutCertificate).Unprotect(protectedByApp));
        AssertSentToSignIn(await new CopiedSession(withoutCertificate.BareClient(), copy.Cookie).GetAsync("/teams"));
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/teams")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AfterACertificateChange_KeysOfTheOldOne_AreReadOnlyWhenItIsListedAsPrevious(string provider)
    {
        using var old = new TestCertificate();
        using var replacement = new TestCertificate();
        await using var app = await AppFactory.StartAsync(provider, old.Settings());
        var protectedUnderOld = Protector(app).Protect(Secret);

        await using (var withoutTheOld = await app.StartAnotherOnTheSameDatabaseAsync(replacement.Settings()))
        {
            Assert.ThrowsAny<CryptographicException>(() => Protector(withoutTheOld).Unprotect(protectedUnderOld));
        }

        var rotated = new Dictionary<string, string?>(replacement.Settings())
        {
            ["DataProtection:PreviousCertificatePaths:0"] = old.Path,
            ["DataProtection:PreviousCertificatePassword"] = old.Password,
        };
        await using var afterRotation = await app.StartAnotherOnTheSameDatabaseAsync(rotated);
        Assert.Equal(Secret, Protector(afterRotation).Unprotect(protectedUnderOld));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AMissingCertificateFile_StopsStartUp_NamingTheSetting(string provider)
    {
        var missing = Path.Combine(Path.GetTempPath(), "fs-tests", $"no-such-{Guid.NewGuid():N}.pfx");

        var failure = await StartUpFailureAsync(provider, new() { ["DataProtection:CertificatePath"] = missing, ["DataProtection:CertificatePassword"] = "unused" });

        Assert.Contains("DataProtection:CertificatePath", failure.Message, StringComparison.Ordinal);
        Assert.Contains(missing, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AWrongCertificatePassword_StopsStartUp_NamingTheSettingsButNotThePassword(string provider)
    {
        using var certificate = new TestCertificate();
        const string WrongPassword = "not-the-pfx-password-4471";

        var failure = await StartUpFailureAsync(provider, new() { ["DataProtection:CertificatePath"] = certificate.Path, ["DataProtection:CertificatePassword"] = WrongPassword });

        Assert.Contains("DataProtection:CertificatePath", failure.Message, StringComparison.Ordinal);
        Assert.Contains("DataProtection:CertificatePassword", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongPassword, failure.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WithoutACertificate_InProduction_StartUpWarnsOnce_AndTheKeysAreStoredInPlainText(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider);
        _ = Protector(app).Protect(Secret);

        Assert.Equal(1, Warnings(app).Count(m => m.StartsWith(UnencryptedWarning, StringComparison.Ordinal)));
        var keys = await StoredKeysAsync(app);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("<masterKey", xml, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WithoutACertificate_InDevelopment_StartUpDoesNotWarn(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider, environment: "Development");
        _ = Protector(app).Protect(Secret);

        Assert.DoesNotContain(Warnings(app), m => m.StartsWith(UnencryptedWarning, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WithACertificate_InProduction_StartUpDoesNotWarn(string provider)
    {
        using var certificate = new TestCertificate();
        await using var app = await AppFactory.StartAsync(provider, certificate.Settings());
        _ = Protector(app).Protect(Secret);

        Assert.DoesNotContain(Warnings(app), m => m.StartsWith(UnencryptedWarning, StringComparison.Ordinal));
    }

    private static IDataProtector Protector(AppFactory app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    private static Task<List<string>> StoredKeysAsync(AppFactory app) =>
        app.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync());

    /// <summary>The rendered messages of the Warning lines in the app's log.</summary>
    private static List<string> Warnings(AppFactory app) =>
        LoggingTests.ReadLogLines(app)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("Level").GetString() == "Warning")
            .Select(e => e.GetProperty("RenderedMessage").GetString() ?? string.Empty)
            .ToList();

    /// <summary>Starts the app expecting it to fail; returns the exception that says why.</summary>
    private static async Task<InvalidOperationException> StartUpFailureAsync(string provider, Dictionary<string, string?> settings)
    {
        var thrown = await Record.ExceptionAsync(async () => await (await AppFactory.StartAsync(provider, settings)).DisposeAsync());
        for (var e = thrown; e is not null; e = e.InnerException)
        {
            if (e is InvalidOperationException failure && failure.Message.Contains("DataProtection:", StringComparison.Ordinal))
            {
                return failure;
            }
        }

        throw new Xunit.Sdk.XunitException($"Start-up did not fail with a message naming the setting: {thrown}");
    }

    /// <summary>An antiforgery cookie and token the instance issued on its home page to the signed-in session.</summary>
    private static async Task<(string Cookie, string Token)> AntiforgeryFromAsync(AppFactory app, string sessionCookie)
    {
        var page = await app.BareClient().GetWithCookieAsync("/", sessionCookie);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var cookie = page.CookieSet(AntiforgeryCookie) ?? throw new InvalidOperationException("No antiforgery cookie was set.");
        var token = (await page.HtmlAsync()).ValueOf("__RequestVerificationToken") ?? throw new InvalidOperationException("No antiforgery token on the page.");
        return (cookie, token);
    }

    private static async Task<HttpResponseMessage> KeepAliveAsync(AppFactory app, string sessionCookie, string antiforgeryCookie, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/session/keep-alive");
        request.Headers.Add("Cookie", $"{AuthCookie}={sessionCookie}; {AntiforgeryCookie}={antiforgeryCookie}");
        request.Headers.Add("RequestVerificationToken", token);
        return await app.BareClient().SendAsync(request);
    }

    /// <summary>A self-signed certificate with its private key, written as a password-protected .pfx to a folder of its own.</summary>
    private sealed class TestCertificate : IDisposable
    {
        private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fs-tests", "certs-" + Guid.NewGuid().ToString("N"));

        public TestCertificate()
        {
            Directory.CreateDirectory(_folder);
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=FamilySafeguarding key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            Path = System.IO.Path.Combine(_folder, "keyring.pfx");
            File.WriteAllBytes(Path, certificate.Export(X509ContentType.Pfx, Password));
        }

        public string Path { get; }

        public string Password { get; } = "pfx-" + Guid.NewGuid().ToString("N");

        public Dictionary<string, string?> Settings() => new()
        {
            ["DataProtection:CertificatePath"] = Path,
            ["DataProtection:CertificatePassword"] = Password,
        };

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}

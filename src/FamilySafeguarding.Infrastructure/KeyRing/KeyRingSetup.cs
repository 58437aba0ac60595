using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FamilySafeguarding.Infrastructure.KeyRing;

/// <summary>The "DataProtection" settings: the certificate that encrypts the key ring at rest, and the ones it replaced.</summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with its private key. Relative paths are under the content root. Unset: keys are stored unencrypted.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Certificates that encrypted older keys, kept so those keys can still be read after the certificate is replaced.</summary>
    public IList<string> PreviousCertificatePaths { get; } = [];

    /// <summary>Opens the <see cref="PreviousCertificatePaths"/>; when unset, <see cref="CertificatePassword"/> does.</summary>
    public string? PreviousCertificatePassword { get; set; }
}

/// <summary>
/// The data-protection key ring (sign-in cookies, antiforgery and set-password tokens, form keys, authenticator keys)
/// kept in the <c>DataProtectionKeys</c> table by the package's repository, so every instance shares it, and encrypted
/// with a certificate when one is configured, so a copy of the database alone cannot read or forge what it protects (ADR-022).
/// </summary>
public static class KeyRingSetup
{
    public const string ApplicationName = "FamilySafeguarding";

    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var dataProtection = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();

        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            if (environment.IsProduction())
            {
                services.AddHostedService<UnencryptedKeyRingWarning>();
            }

            return services;
        }

        var settingPrefix = KeyRingOptions.Section + ":";
        dataProtection.ProtectKeysWithCertificate(
            Load(environment, options.CertificatePath, options.CertificatePassword, settingPrefix + nameof(KeyRingOptions.CertificatePath), settingPrefix + nameof(KeyRingOptions.CertificatePassword)));
        if (options.PreviousCertificatePaths.Count > 0)
        {
            var previousPassword = options.PreviousCertificatePassword ?? options.CertificatePassword;
            var passwordSetting = settingPrefix + (options.PreviousCertificatePassword is null ? nameof(KeyRingOptions.CertificatePassword) : nameof(KeyRingOptions.PreviousCertificatePassword));
            dataProtection.UnprotectKeysWithAnyCertificate(options.PreviousCertificatePaths
                .Select((path, i) => Load(environment, path, previousPassword, $"{settingPrefix}{nameof(KeyRingOptions.PreviousCertificatePaths)}:{i}", passwordSetting))
                .ToArray());
        }

        return services;
    }

    /// <summary>Opens a .pfx with its private key, or stops start-up with a message naming the setting (never the password).</summary>
    private static X509Certificate2 Load(IHostEnvironment environment, string configuredPath, string? password, string setting, string passwordSetting)
    {
        var path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configuredPath));
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{setting} names a certificate file that does not exist: {path}.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{setting} names a certificate file that could not be read ({path}): it must be a PKCS#12 (.pfx) file that "
                + $"{passwordSetting} opens, readable by the app.", e);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"{setting} names a certificate without its private key ({path}): export it with the key, as a .pfx.");
        }

        return certificate;
    }
}

/// <summary>Says once at start-up, in Production, that the key ring is stored unencrypted because no certificate is set.</summary>
internal sealed partial class UnencryptedKeyRingWarning(ILogger<UnencryptedKeyRingWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogUnencrypted(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "DataProtection:CertificatePath is not set: the data-protection keys are stored unencrypted in the database, so a copy of the database can forge sign-in cookies. Set it to a .pfx certificate (see the README)")]
    private static partial void LogUnencrypted(ILogger logger);
}

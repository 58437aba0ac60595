using System.Xml.Linq;
using FamilySafeguarding.Application.Common;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.Infrastructure.Persistence;

/// <summary>
/// Keeps the data-protection key ring (which protects sign-in cookies, antiforgery and set-password tokens) in the
/// database, so every instance of the app shares it and a restart does not sign everyone out.
/// </summary>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.CreatedAt).Select(k => k.Xml).ToList()
            .Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        db.DataProtectionKeys.Add(new DataProtectionKey
        {
            FriendlyName = friendlyName.Length > DataProtectionKey.FriendlyNameMaxLength ? friendlyName[..DataProtectionKey.FriendlyNameMaxLength] : friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
            CreatedAt = time.UtcNow(),
        });
        db.SaveChanges();
    }
}

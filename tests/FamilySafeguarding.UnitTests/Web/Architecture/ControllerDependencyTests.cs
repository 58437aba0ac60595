using System.Reflection;
using FamilySafeguarding.Application;
using FamilySafeguarding.Infrastructure.Persistence;
using FamilySafeguarding.Web.Features.Families;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.UnitTests.Web.Architecture;

/// <summary>
/// Controllers reach data only through application services and queries (issue 13): none takes, keeps or exposes
/// a database context, so no page can read or write around the service that checks access.
/// </summary>
public sealed class ControllerDependencyTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void NoWebController_HoldsADatabaseContext()
    {
        var offenders = HoldersOfADatabaseContext(Controllers(typeof(FamiliesController).Assembly));

        Assert.Empty(offenders);
    }

    [Fact]
    public void TheWebAssembly_HasTheControllersTheRuleIsAbout()
    {
        var controllers = Controllers(typeof(FamiliesController).Assembly).Select(t => t.Name).ToList();

        Assert.Contains(nameof(FamiliesController), controllers);
        Assert.True(controllers.Count >= 9, $"only {controllers.Count} controllers found");
    }

    [Fact]
    public void TheRule_FindsAContextInAConstructorAFieldOrAProperty_OfAnyController()
    {
        var offenders = HoldersOfADatabaseContext(Controllers(typeof(ControllerDependencyTests).Assembly));

        Assert.Equal(
            new[] { nameof(TakesTheInterface), nameof(KeepsTheContextInAField), nameof(ExposesADbContext), nameof(TakesTheContextInAConstructor) }.Order(),
            offenders.Select(o => o.Split(':')[0]).Distinct().Order());
    }

    private static List<Type> Controllers(Assembly assembly) =>
        [.. assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ControllerBase).IsAssignableFrom(t))];

    /// <summary>Each controller that has a constructor parameter, field or property typed as a database context, with where.</summary>
    private static List<string> HoldersOfADatabaseContext(IEnumerable<Type> controllers) =>
        [.. controllers.SelectMany(type =>
            type.GetConstructors(Declared).SelectMany(c => c.GetParameters()).Where(p => IsDatabaseContext(p.ParameterType)).Select(p => $"{type.Name}: constructor parameter {p.Name}")
                .Concat(type.GetFields(Declared).Where(f => IsDatabaseContext(f.FieldType)).Select(f => $"{type.Name}: field {f.Name}"))
                .Concat(type.GetProperties(Declared).Where(p => IsDatabaseContext(p.PropertyType)).Select(p => $"{type.Name}: property {p.Name}")))
            .Distinct()];

    private static bool IsDatabaseContext(Type type) =>
        typeof(IAppDbContext).IsAssignableFrom(type) || typeof(DbContext).IsAssignableFrom(type);

    private sealed class TakesTheInterface(IAppDbContext db) : Controller
    {
        public int Count() => db.Families.Count();
    }

    private sealed class TakesTheContextInAConstructor : ControllerBase
    {
        public TakesTheContextInAConstructor(AppDbContext db) => _ = db;
    }

    private sealed class KeepsTheContextInAField : Controller
    {
#pragma warning disable CS0169, IDE0051 // Never read: only its type matters here.
        private readonly AppDbContext? _db;
#pragma warning restore CS0169, IDE0051
    }

    private sealed class ExposesADbContext : ControllerBase
    {
        public DbContext? Db { get; init; }
    }

    private sealed class UsesAService(AuditLogLike audit) : Controller
    {
        public string Name() => audit.Name;
    }

    private sealed record AuditLogLike(string Name);
}

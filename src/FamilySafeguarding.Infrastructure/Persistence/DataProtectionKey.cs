namespace FamilySafeguarding.Infrastructure.Persistence;

/// <summary>One key of the ASP.NET Core data-protection key ring, shared by every instance of the app through the database.</summary>
public sealed class DataProtectionKey
{
    public const int FriendlyNameMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string? FriendlyName { get; init; }

    public required string Xml { get; init; }

    public DateTime CreatedAt { get; init; }
}

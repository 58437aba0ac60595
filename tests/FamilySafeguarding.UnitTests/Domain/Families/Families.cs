using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using static FamilySafeguarding.UnitTests.Support.Dates;

namespace FamilySafeguarding.UnitTests.Domain.Families;

/// <summary>Families and members built the way the app builds them, for the domain tests.</summary>
internal static class Families
{
    public static readonly DateOnly Today = Day("2026-11-16");

    public static readonly Worker Lead = new(Guid.Parse("5b5b5b5b-0000-0000-0000-000000000001"), JobRole.SocialWorker, "Tom Fielding");

    public static Family Open(DateOnly? openedOn = null) =>
        Family.Open("FS-000001", "Okonkwo family", Guid.Parse("7c7c7c7c-0000-0000-0000-000000000001"), openedOn ?? Day("2025-01-01"), Lead, Today);

    public static MemberDetails Child(string name = "Kayla Okonkwo", DateOnly? born = null, DateOnly? due = null) => new()
    {
        FullName = name,
        DateOfBirth = due is null ? born ?? Day("2019-05-01") : born,
        ExpectedDateOfDelivery = due,
        Gender = Gender.Female,
        LivesInHousehold = true,
        Role = FamilyRole.Child,
    };

    public static MemberDetails Adult(string name = "Grace Okonkwo", FamilyRole role = FamilyRole.Mother) => new()
    {
        FullName = name,
        DateOfBirth = Day("1990-03-01"),
        Gender = Gender.Female,
        LivesInHousehold = true,
        Role = role,
    };

    /// <summary>An open family with one child; returns both.</summary>
    public static (Family Family, FamilyMember Child) WithChild()
    {
        var family = Open();
        return (family, family.AddMember(Child(), Today));
    }
}

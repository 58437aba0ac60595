using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.UnitTests.Domain.People;

/// <summary>Posts for tests: a valid filled post or vacancy, changed with <c>with</c> for the detail a test is about.</summary>
internal static class Posts
{
    public static readonly Guid Council = Guid.Parse("0b7e4c1e-5a0c-4f3a-9a55-000000000001");

    public static PostDetails FilledDetails(string fullName = "Amara Okafor", JobRole role = JobRole.SocialWorker) => new()
    {
        IsVacancy = false,
        FullName = fullName,
        WorkEmail = "amara.okafor@example.gov.uk",
        JobRole = role,
        OrganisationId = Council,
        Fte = 1.0m,
    };

    public static PostDetails VacancyDetails(JobRole role = JobRole.SocialWorker) => new()
    {
        IsVacancy = true,
        JobRole = role,
        OrganisationId = Council,
        Fte = 1.0m,
    };

    public static Person Filled(string fullName = "Amara Okafor", JobRole role = JobRole.SocialWorker) => new(FilledDetails(fullName, role));

    public static Person Vacancy(JobRole role = JobRole.SocialWorker) => new(VacancyDetails(role));
}

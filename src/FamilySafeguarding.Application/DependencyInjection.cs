using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Accounts;
using FamilySafeguarding.Application.Auditing;
using FamilySafeguarding.Application.Organisations;
using FamilySafeguarding.Application.People;
using FamilySafeguarding.Application.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ManagementRights>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AccountService>();
        services.AddScoped<UserSessions>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<PeopleService>();
        services.AddScoped<PeopleQueries>();
        services.AddScoped<TeamService>();
        services.AddScoped<TeamQueries>();
        services.AddScoped<Families.FamilyAccess>();
        services.AddScoped<Families.FamilyHeaders>();
        services.AddScoped<Families.FamilyService>();
        services.AddScoped<Families.MemberService>();
        services.AddScoped<Families.MemberQueries>();
        services.AddScoped<Families.FamilyQueries>();
        services.AddScoped<Families.Caseloads>();
        services.AddScoped<Families.AllocationCandidates>();
        services.AddScoped<Families.AllocationQueries>();
        services.AddScoped<Families.AllocationService>();
        services.AddScoped<Families.EventQueries>();
        services.AddScoped<Families.EventService>();
        services.AddScoped<Families.ChronologyQueries>();
        services.AddScoped<Workbooks.WorkbookService>();
        services.AddScoped<Workbooks.DueSummaries>();
        services.AddScoped<Workbooks.WorkbookQueries>();
        services.AddScoped<Search.SearchQueries>();
        services.AddScoped<Supervisions.SupervisionScheduling>();
        services.AddScoped<Supervisions.SupervisionListQueries>();
        services.AddScoped<Supervisions.SupervisionMeasures>();
        services.AddScoped<Supervisions.ActionService>();
        services.AddScoped<Supervisions.ActionQueries>();
        services.AddScoped<Supervisions.SupervisionService>();
        services.AddScoped<Supervisions.SupervisionQueries>();
        services.AddScoped<Forms.FormSubmissions>();
        return services;
    }
}

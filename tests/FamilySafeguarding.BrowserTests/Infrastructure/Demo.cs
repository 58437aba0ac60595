using FamilySafeguarding.Infrastructure.DemoData;

namespace FamilySafeguarding.BrowserTests.Infrastructure;

/// <summary>The demo data's people and sign-ins that the journeys use (see DemoDataSeeder).</summary>
public static class Demo
{
    public const string Password = DemoDataSeeder.DemoPassword;

    public static string Administrator { get; } = DemoDataSeeder.EmailFor("Priya Natarajan");

    public static string SocialWorker { get; } = DemoDataSeeder.EmailFor("Tom Fielding");

    /// <summary>Aisha Rahman, a domestic abuse practitioner from a partner charity, shared by Riverside and Millbrook.</summary>
    public static string Specialist { get; } = DemoDataSeeder.EmailFor("Aisha Rahman");

    /// <summary>Joanne Price, the team manager of the Riverside Team, who chairs and signs off its group supervisions.</summary>
    public static string TeamManager { get; } = DemoDataSeeder.EmailFor("Joanne Price");

    /// <summary>A Riverside family with Tom Fielding as lead social worker, overdue for group supervision with none scheduled.</summary>
    public const string OverdueSupervisionFamily = "Nowak family";

    public static string Auditor { get; } = DemoDataSeeder.EmailFor("Robert Chen");

    public const string WestService = "Family Safeguarding Service, West";

    public const string EastService = "Family Safeguarding Service, East";

    public static readonly string[] Teams = ["Riverside Team", "Millbrook Team", "Hillside Team", "Eastgate Team"];
}
